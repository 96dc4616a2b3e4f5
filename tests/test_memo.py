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


def test_a_value_without_a_fingerprint_is_unknown():
    with pytest.raises(Unknown):
        prints().of(object())
