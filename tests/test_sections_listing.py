import datetime as dt
from types import SimpleNamespace

import pytest

from hub_model.taxonomy import Taxonomy, Term
from sections.listing import group_briefs, group_by_month

PROGRAMS = {s: Term("program", s, s.title(), f"program/{s}/") for s in ("kesehatan", "pendidikan", "ekonomi")}
REGIONS = {s: Term("region", s, s.title(), f"wilayah/{s}/") for s in ("kota-bogor", "kota-bandung")}
TAXONOMY = Taxonomy(PROGRAMS, REGIONS)
ALL = Term("all", "berita", "Semua Berita", "berita/")


def brief(name, program, regions, tags=(), month=5):
    return SimpleNamespace(
        name=name,
        program=PROGRAMS[program],
        regions=[REGIONS[r] for r in regions],
        tags=[SimpleNamespace(slug=t, name=t) for t in tags],
        date=dt.datetime(2026, month, 1),
    )


def test_sections_in_declared_order_with_briefs_in_given_order():
    briefs = [
        brief("c", "pendidikan", ["kota-bandung"], ["zebra"], month=7),
        brief("b", "kesehatan", ["kota-bandung", "kota-bogor"], ["Apel"], month=6),
        brief("a", "kesehatan", ["kota-bogor"], month=5),
    ]
    sections = group_briefs(briefs, TAXONOMY, ALL, "topik/{slug}/")
    assert [(s.term.kind, s.term.slug) for s in sections] == [
        ("all", "berita"),
        ("program", "kesehatan"),
        ("program", "pendidikan"),
        ("region", "kota-bogor"),
        ("region", "kota-bandung"),
        ("tag", "Apel"),
        ("tag", "zebra"),
    ]
    by_slug = {s.term.slug: [b.name for b in s.items] for s in sections}
    assert by_slug["kesehatan"] == ["b", "a"]
    assert by_slug["kota-bandung"] == ["c", "b"]
    assert sections[-1].term.url == "topik/zebra/"
    assert sections[1].kind_label == "Program"


def test_group_by_month_newest_first():
    briefs = [
        brief("c", "ekonomi", [], month=7),
        brief("b", "ekonomi", [], month=7),
        brief("a", "ekonomi", [], month=5),
    ]
    months = group_by_month(briefs)
    assert [(m.month, [b.name for b in items]) for m, items in months] == [(7, ["c", "b"]), (5, ["a"])]


PAIR_URL = "program/{program}/wilayah/{region}/"


def test_programme_region_pairs_exist_only_with_briefs_in_declared_order():
    briefs = [
        brief("c", "pendidikan", ["kota-bandung"], month=7),
        brief("b", "kesehatan", ["kota-bandung", "kota-bogor"], month=6),
        brief("a", "kesehatan", ["kota-bogor"], month=5),
    ]
    sections = group_briefs(briefs, TAXONOMY, ALL, "topik/{slug}/", PAIR_URL)
    pairs = [s for s in sections if s.term.kind == "program_region"]
    assert [(s.term.url, [b.name for b in s.items]) for s in pairs] == [
        ("program/kesehatan/wilayah/kota-bogor/", ["b", "a"]),
        ("program/kesehatan/wilayah/kota-bandung/", ["b"]),
        ("program/pendidikan/wilayah/kota-bandung/", ["c"]),
    ]
    first = pairs[0]
    assert first.term.slug == "kesehatan--kota-bogor"
    assert first.title == "Kesehatan · Kota-Bogor"
    assert first.parents == (PROGRAMS["kesehatan"], REGIONS["kota-bogor"])
    assert first.kind_label == "Program di wilayah"
    # Pairs sit after the regions and before the topics.
    assert [s.term.kind for s in sections] == ["all", "program", "program", "region", "region", *["program_region"] * 3]


def test_programme_and_region_pages_list_their_pairs():
    briefs = [
        brief("b", "kesehatan", ["kota-bandung", "kota-bogor"], month=6),
        brief("a", "pendidikan", ["kota-bogor"], month=5),
    ]
    sections = {s.term: s for s in group_briefs(briefs, TAXONOMY, ALL, "topik/{slug}/", PAIR_URL)}
    health = sections[PROGRAMS["kesehatan"]]
    assert health.children_label == "Per wilayah"
    assert [(label, child.term.url) for label, child in health.children] == [
        ("Kota-Bogor", "program/kesehatan/wilayah/kota-bogor/"),
        ("Kota-Bandung", "program/kesehatan/wilayah/kota-bandung/"),
    ]
    bogor = sections[REGIONS["kota-bogor"]]
    assert bogor.children_label == "Per program"
    assert [label for label, _ in bogor.children] == ["Kesehatan", "Pendidikan"]
    assert sections[ALL].children == [] and sections[ALL].children_label == ""


def test_no_pairs_without_a_pair_url():
    sections = group_briefs([brief("a", "kesehatan", ["kota-bogor"])], TAXONOMY, ALL, "topik/{slug}/")
    assert all(s.term.kind != "program_region" for s in sections)
    assert all(not s.children for s in sections)


# --- programme descriptions ---


def test_programmes_carry_their_declared_description():
    from hub_model.taxonomy import load_taxonomy

    settings = {
        "HUB_PROGRAMS": {"kesehatan": "Kesehatan", "pendidikan": "Pendidikan"},
        "HUB_PROGRAM_DESCRIPTIONS": {"kesehatan": "  Layanan kesehatan dekat warga. "},
        "HUB_REGIONS": {"kota-bandung": "Kota Bandung"},
        "PROGRAM_URL": "program/{slug}/",
        "REGION_URL": "wilayah/{slug}/",
    }
    taxonomy = load_taxonomy(settings)
    assert taxonomy.programs["kesehatan"].description == "Layanan kesehatan dekat warga."
    assert taxonomy.programs["pendidikan"].description == ""  # optional per programme
    # Not part of a term's identity: the agenda's terms, built without it, still equal and hash alike.
    plain = Term("program", "kesehatan", "Kesehatan", "program/kesehatan/")
    assert plain == taxonomy.programs["kesehatan"] and {plain: 1}[taxonomy.programs["kesehatan"]] == 1
    assert load_taxonomy({k: v for k, v in settings.items() if k != "HUB_PROGRAM_DESCRIPTIONS"}).programs


@pytest.mark.parametrize(
    ("descriptions", "message"),
    [
        ({"kesehatn": "Salah ketik."}, "tidak dideklarasikan"),
        ({"kesehatan": "Dua\nbaris."}, "satu baris"),
        ({"kesehatan": "x" * 301}, "300 karakter"),
        ({"kesehatan": 3}, "satu baris"),
    ],
)
def test_programme_descriptions_are_checked(descriptions, message):
    from hub_model.taxonomy import make_terms

    with pytest.raises(ValueError, match=message):
        make_terms("program", {"kesehatan": "Kesehatan"}, "program/{slug}/", descriptions)


def test_programme_pages_show_their_description(any_site):
    from pelican.settings import read_settings

    from tests.site import ROOT

    descriptions = read_settings(str(ROOT / "pelicanconf.py"))["HUB_PROGRAM_DESCRIPTIONS"]
    pages = sorted(any_site.output.glob("program/*/index.html"))
    assert pages
    for page in pages:
        doc = any_site.html(str(page.relative_to(any_site.output)))
        text = descriptions[page.parent.name]
        assert doc.xpath("//main/p[@class='section-lead']/text()") == [text]
        assert doc.xpath("//meta[@name='description']/@content") == [text]
    # Other sections have none.
    assert not any_site.html("wilayah/kota-bandung/index.html").xpath("//p[@class='section-lead']")


# --- "Berita terkait" ---


def dated(name, program, regions, day):
    item = brief(name, program, regions)
    item.date = dt.datetime(2026, 5, day, 9)
    item.slug, item.title, item.url = name, f"Judul {name}", f"berita/{name}/"
    return item


def related_names(item, briefs, count=3):
    from sections.related import related_briefs

    sections = group_briefs(briefs, TAXONOMY, ALL, "topik/{slug}/")
    by_term = {s.term: s.items for s in sections if s.term.kind in ("program", "region")}
    return [r.url.split("/")[1] for r in related_briefs(item, by_term, count)]


def test_related_briefs_are_the_programme_then_the_regions_nearest_in_time_first():
    own = dated("own", "kesehatan", ["kota-bandung", "kota-bogor"], 10)
    briefs = [
        dated("region-new", "pendidikan", ["kota-bogor"], 20),
        dated("program-new", "kesehatan", ["kota-bogor"], 19),
        dated("both-regions", "ekonomi", ["kota-bandung", "kota-bogor"], 15),
        dated("program-near", "kesehatan", [], 11),
        own,
        dated("program-old", "kesehatan", [], 2),
        dated("region-old", "ekonomi", ["kota-bandung"], 1),
    ]
    # The programme's news in a shared region, then the rest of the programme by distance in time (1 day, then
    # 8), then the regions' other news by distance (5, 9, 10 days).
    assert related_names(own, briefs) == ["program-new", "program-near", "program-old"]
    assert related_names(own, briefs, 10) == [
        "program-new",
        "program-near",
        "program-old",
        "both-regions",
        "region-old",
        "region-new",
    ]
    assert related_names(own, briefs, 0) == []
    assert related_names(dated("alone", "pendidikan", [], 3), [dated("other", "ekonomi", [], 4)]) == []
    # At the same distance, the later item first.
    twins = [
        dated("after", "kesehatan", [], 12),
        dated("middle", "kesehatan", [], 10),
        dated("before", "kesehatan", [], 8),
    ]
    assert related_names(twins[1], twins) == ["after", "before"]


def series(count, program="kesehatan", regions=()):
    items = [dated(f"b{n}", program, list(regions), 1) for n in range(count)]
    for n, item in enumerate(items):  # b0 the newest, a day apart
        item.date = dt.datetime(2026, 5, 1, 9) - dt.timedelta(days=n)
    return items


def test_a_brief_appears_only_in_its_neighbours_blocks():
    from sections.related import WINDOW

    listed = series(120)
    before = {b.slug: related_names(b, listed) for b in listed}
    # The newest brief is shown on the two next newest pages only (not on every page of its programme).
    assert sorted(slug for slug, names in before.items() if "b0" in names) == ["b1", "b2"]
    # Publishing a newer one changes the block of a handful of pages; an old page keeps news of its own time.
    new = dated("new", "kesehatan", [], 1)
    new.date = dt.datetime(2026, 5, 2, 9)
    after = {b.slug: related_names(b, [new, *listed]) for b in listed}
    assert sorted(slug for slug in before if before[slug] != after[slug]) == ["b0", "b1"]
    assert after["b60"] == ["b59", "b61", "b58"]
    # A shared region is looked for within WINDOW items on each side only: beyond, the nearest news wins.
    own = listed[60]
    far = dated("far", "kesehatan", ["kota-bogor"], 1)
    far.date = own.date - dt.timedelta(days=WINDOW + 0.5)
    own.regions = [REGIONS["kota-bogor"]]
    assert "far" not in related_names(own, sorted([far, *listed], key=lambda b: -b.date.timestamp()))
    far.date = own.date - dt.timedelta(days=WINDOW - 1.5)
    assert related_names(own, sorted([far, *listed], key=lambda b: -b.date.timestamp()))[0] == "far"


def test_related_briefs_come_from_the_listed_briefs_only():
    # The sections hold the listed briefs; an unlisted brief (withdrawn) is never a candidate, but gets its own list.
    withdrawn = dated("withdrawn", "kesehatan", ["kota-bandung"], 12)
    listed = [dated("a", "kesehatan", ["kota-bandung"], 11), dated("b", "ekonomi", ["kota-bandung"], 9)]
    assert related_names(withdrawn, listed) == ["a", "b"]
    assert "withdrawn" not in related_names(listed[0], listed)


def test_related_values_are_what_the_page_shows():
    from sections.related import Related, check_count, related_briefs

    own, other = dated("own", "kesehatan", [], 10), dated("other", "kesehatan", [], 11)
    [related] = related_briefs(own, {PROGRAMS["kesehatan"]: [other, own]}, 3)
    assert related == Related("berita/other/", "Judul other", "Kesehatan")
    # A clarification's verdict leads its title; one the page already lists under "Cek fakta terkait" is left out.
    clarification = dated("hoaks", "kesehatan", [], 10)
    clarification.date += dt.timedelta(hours=3)  # nearer than the other brief
    clarification.title_prefix = "[HOAKS]"
    assert (
        related_briefs(own, {PROGRAMS["kesehatan"]: [other, clarification, own]}, 3)[0].title == "[HOAKS] Judul hoaks"
    )
    own.fact_checks = (SimpleNamespace(url="berita/hoaks/", title="Judul hoaks", label="Hoaks"),)
    assert related_briefs(own, {PROGRAMS["kesehatan"]: [other, clarification, own]}, 3) == (related,)
    for bad in (-1, 11, True, "3"):
        with pytest.raises(ValueError, match="SECTIONS_RELATED_COUNT"):
            check_count(bad)
