import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_model.taxonomy import Term, load_taxonomy, make_terms, split_list
from hub_model.visibility import Visibility, decide_visibility, resolve_now

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


def test_pelican_statuses():
    assert Visibility.PUBLIC.pelican_status == "published"
    assert Visibility.WITHDRAWN.pelican_status == Visibility.EXPIRED.pelican_status == "hidden"
    assert Visibility.DRAFT.pelican_status == Visibility.EMBARGOED.pelican_status == "draft"
    assert [v for v in Visibility if v.listed] == [Visibility.PUBLIC]


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


def test_split_list():
    assert split_list("kota-bandung, kabupaten-garut ,") == ["kota-bandung", "kabupaten-garut"]
    assert split_list(["a, b", "c"]) == ["a", "b", "c"]


def test_pictures_used_by_an_item():
    from hub_model.model import pictures_used

    html = '<img src="{static}/images/a.jpg"><a href="{static}../images/b%20c.pdf#p">b</a><img src="{attach}d.png">'
    assert pictures_used({"image": "{static}/images/e.jpg"}, html, "briefs") == {
        "images/a.jpg",
        "images/b c.pdf",
        "briefs/d.png",
        "images/e.jpg",
    }
    assert pictures_used({}, "", "briefs") == set()
