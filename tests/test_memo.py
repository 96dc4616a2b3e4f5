"""The output memo's fingerprints (pure): stable, sensitive to every change, and small at any scale."""

from __future__ import annotations

import dataclasses

import pytest

from hub_model.memo import SHORT, Fingerprints, Unknown, data_key


@dataclasses.dataclass(frozen=True)
class Rendition:
    url: str
    width: int


def prints() -> Fingerprints:
    return Fingerprints(lambda path: "")


def test_equal_values_give_equal_fingerprints_and_any_change_another():
    one = [Rendition(f"https://hub.test/gambar/{n:04}/foto-480.jpg", 480) for n in range(50)]
    same = [Rendition(f"https://hub.test/gambar/{n:04}/foto-480.jpg", 480) for n in range(50)]
    changed = [*same[:-1], Rendition("https://hub.test/gambar/0049/foto-960.jpg", 480)]
    assert prints().of(one) == prints().of(same)
    assert prints().of(one) != prints().of(changed)
    assert data_key("v", "feed", one, prints=prints()) == data_key("v", "feed", same, prints=prints())
    assert data_key("v", "feed", one, prints=prints()) != data_key("v", "feed", changed, prints=prints())


def test_fingerprints_stay_small_however_many_items_a_listing_holds():
    table = prints()
    items = [Rendition(f"https://hub.test/berita/{'x' * 200}-{n}/", n) for n in range(2000)]
    listings = [items[start:] for start in range(0, 2000, 100)]  # 20 listings sharing the items
    for listing in listings:
        assert len(table.of(listing)) <= SHORT
    # What the table holds grows with the number of values, not with items × listings.
    held = sum(len(text) for _, text in table.known.values())
    assert held <= (len(items) + len(listings)) * SHORT


def test_only_shared_values_are_kept_for_the_build():
    table = prints()
    item = Item("abc", "Judul", [])
    site_list = [Rendition(f"https://hub.test/berita/{n}/", n) for n in range(40)]
    page_values = {"article": item, "page_name": "berita/abc", "cards": (Rendition("a", 1), Rendition("b", 2))}
    first = table.of(page_values)
    table.of(site_list)
    kept = {id(value) for value, _ in table.known.values()}
    assert id(item) in kept and id(site_list) in kept  # met on many pages: worked out once
    assert id(page_values) not in kept and id(page_values["cards"]) not in kept  # met once: not held
    assert not any(isinstance(value, Rendition) for value, _ in table.known.values())
    assert table.of(page_values) == first == prints().of(page_values)


def test_the_search_page_is_made_again_when_the_index_gains_a_shard():
    from hub_model.memo import page_key

    one = {"briefs_section": "berita", "search_bundles": ["pagefind/0/"]}
    two = {"briefs_section": "berita", "search_bundles": ["pagefind/0/", "pagefind/1/"]}
    assert page_key("v", "search.html", {}, one, prints()) != page_key("v", "search.html", {}, two, prints())


def test_a_value_without_a_fingerprint_is_unknown():
    with pytest.raises(Unknown):
        prints().of(object())


class Item:
    """A content object as the memo sees it: its source digest and what the build decided about it."""

    def __init__(self, source: str, title: str, related: list):
        self.metadata = {"hub_source": source}
        self.url = f"berita/{source}/"
        self.related = related
        self.title = title


def test_as_cards_items_leave_out_the_other_items_their_own_pages_list():
    from hub_model.memo import CARD_TEMPLATES, PAGE_ONLY

    ref = Rendition("https://hub.test/berita/terbaru/", 1)  # stands for a related brief's reference
    retitled = Rendition("https://hub.test/berita/terbaru/?judul-baru", 1)
    before, after = Item("abc", "Judul", [ref]), Item("abc", "Judul", [retitled])
    # Its own page shows the related brief's new title: re-rendered.
    assert prints().of(before) != prints().of(after)
    # A listing page or embed card shows it as a card: unchanged.
    cards = Fingerprints(lambda path: "", cards=True)
    assert cards.of([before]) == Fingerprints(lambda path: "", cards=True).of([after])
    # A change to the item itself still counts, as a card too.
    assert cards.of(before) != Fingerprints(lambda path: "", cards=True).of(Item("abd", "Judul", [ref]))
    assert {"section.html", "oembed/card.html"} <= CARD_TEMPLATES and "related" in PAGE_ONLY


def test_the_card_templates_read_none_of_what_their_keys_leave_out():
    from hub_model.memo import CARD_TEMPLATES, PAGE_ONLY
    from tests.site import ROOT

    templates = ROOT / "theme" / "templates"
    shown = [*CARD_TEMPLATES, "components/card.html", "partials/pagination.html", "base.html"]
    for name in shown:
        text = (templates / name).read_text(encoding="utf-8")
        for attribute in PAGE_ONLY:
            assert f".{attribute}" not in text, (name, attribute)


def test_listing_pages_read_nothing_of_their_neighbour_pages_but_the_url():
    import re

    from hub_model.memo import NEIGHBOUR_PAGES
    from tests.site import ROOT

    for path in (ROOT / "theme" / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for name in NEIGHBOUR_PAGES:
            for use in re.findall(rf"{name}\b(\.\w+|\[)?", text):
                assert use in ("", ".url"), (path.name, name, use)
