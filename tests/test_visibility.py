import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_model.taxonomy import Term, load_taxonomy, make_terms
from hub_model.visibility import Placement, Visibility, decide_visibility, placement, resolve_now

JKT = ZoneInfo("Asia/Jakarta")
NOW = dt.datetime(2026, 6, 15, 12, tzinfo=JKT)


def at(day, hour=9):
    return dt.datetime(2026, 6, day, hour, tzinfo=JKT)


@pytest.mark.parametrize(
    ("status", "published", "expires", "expected"),
    [
        (None, at(1), None, Visibility.PUBLIC),
        ("published", at(15, 12), None, Visibility.PUBLIC),  # exactly now: out of embargo
        ("published", at(15, 13), None, Visibility.EMBARGOED),
        ("draft", at(1), None, Visibility.DRAFT),
        ("draft", at(30), None, Visibility.DRAFT),
        ("withdrawn", at(1), None, Visibility.WITHDRAWN),
        ("withdrawn", at(30), None, Visibility.EMBARGOED),  # never published yet: nothing to show
        ("published", at(1), at(15, 12), Visibility.EXPIRED),
        ("published", at(1), at(16), Visibility.PUBLIC),
        (" Published ", at(1), None, Visibility.PUBLIC),
    ],
)
def test_decide_visibility(status, published, expires, expected):
    assert decide_visibility(status, published, expires, NOW) is expected


@pytest.mark.parametrize(
    ("visibility", "public", "preview"),
    [
        (Visibility.PUBLIC, Placement.LISTED, Placement.LISTED),
        (Visibility.WITHDRAWN, Placement.PAGE_ONLY, Placement.PAGE_ONLY),
        (Visibility.EXPIRED, Placement.PAGE_ONLY, Placement.PAGE_ONLY),
        (Visibility.DRAFT, Placement.NOWHERE, Placement.LISTED),
        (Visibility.EMBARGOED, Placement.NOWHERE, Placement.LISTED),
    ],
)
def test_one_rule_places_every_item_in_public_and_preview_builds(visibility, public, preview):
    assert placement(visibility, preview=False) is public
    assert placement(visibility, preview=True) is preview


def test_placements_map_to_pelican_statuses():
    assert [p.pelican_status for p in Placement] == ["published", "hidden", "draft"]


def test_resolve_now_pins_naive_values_in_the_site_zone():
    assert resolve_now("2026-06-15 12:00", JKT) == NOW
    assert resolve_now(None, JKT).tzinfo is not None


def test_taxonomy_terms_carry_section_urls():
    taxonomy = load_taxonomy(
        {
            "HUB_PROGRAMS": {"kesehatan": "Kesehatan"},
            "HUB_REGIONS": {"kota-bandung": "Kota Bandung"},
            "PROGRAM_URL": "program/{slug}/",
            "REGION_URL": "wilayah/{slug}/",
        }
    )
    assert taxonomy.programs["kesehatan"] == Term("program", "kesehatan", "Kesehatan", "program/kesehatan/")
    assert taxonomy.regions["kota-bandung"].save_as == "wilayah/kota-bandung/index.html"


def test_taxonomy_rejects_unsafe_slugs():
    with pytest.raises(ValueError, match="Kota Bandung"):
        make_terms("region", {"Kota Bandung": "Kota Bandung"}, "wilayah/{slug}/")


def test_files_used_by_an_item():
    from hub_model.model import files_used
    from hub_model.parse import Link

    links = (Link("static", "images/a.jpg", 3), Link("attach", "briefs/d.png", 4), Link("filename", "briefs/x.md", 5))
    assert files_used({"image": "images/e.jpg"}, links) == {"images/a.jpg", "briefs/d.png", "images/e.jpg"}
    assert files_used({}, ()) == set()
