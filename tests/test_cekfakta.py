"""Cek fakta: the clarification type's schema, model and structured data, and the built pages and feeds."""

from __future__ import annotations

import json
from types import SimpleNamespace

import lxml.html
import pytest
from cek_fakta.generator import link_related
from cek_fakta.jsonld import claim_review
from cek_fakta.model import all_verdicts, claim_details, syndication_lead, syndication_tail, verdict_info

from hub_model.schema import KINDS, PLATFORMS, RATING_BEST, RATING_WORST, RATINGS, VERDICTS
from tests.factories import parse_fields
from tests.schemaorg import problems as schema_problems
from tests.site import SITEURL

OFFICE = "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"
HOAX = "cek-fakta/tautan-pendaftaran-puskesmas-keliling-berbayar/"
TRUE = "cek-fakta/jadwal-pasar-murah-akhir-pekan-memang-diperpanjang/"
ALPHA = "berita/puskesmas-keliling-garut/"


def parsed_claim(**fields):
    parsed = parse_fields("clarification", **fields)
    assert parsed.ok, parsed.problems
    return claim_details(parsed.values)


def clarification(uid="c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1", listed=True, **fields):
    """A clarification content object as the generator leaves it (claim details from the real schema)."""
    parsed = parse_fields("clarification", uid=uid, **fields)
    assert parsed.ok, parsed.problems
    values = parsed.values
    return SimpleNamespace(
        uid=uid,
        title=values["title"],
        slug=values["slug"],
        url=f"cek-fakta/{values['slug']}/",
        date=values["date"],
        modified=values.get("modified"),
        listed=listed,
        claim=claim_details(values),
        metadata={"hub_path": f"content/cek-fakta/{values['slug']}.md"},
    )


def problem_fields(**fields) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in parse_fields("clarification", **fields).problems]


# --- the schema ---


def test_verdicts_are_declared_once_with_labels_explanations_and_a_rating_on_the_scale():
    field = KINDS["clarification"].by_key["verdict"]
    assert field.required and field.choices == {value: verdict.label for value, verdict in VERDICTS.items()}
    assert {"hoaks", "disinformasi", "misinformasi", "menyesatkan", "satire", "benar", "benar-sebagian"} <= set(
        VERDICTS
    )
    for verdict in all_verdicts():
        assert verdict.label and len(verdict.explanation) > 30
        assert RATING_WORST <= verdict.rating <= RATING_BEST and verdict.rating_label == RATINGS[verdict.rating]
    assert verdict_info("hoaks").prefix == "[HOAKS]" and verdict_info("benar-sebagian").prefix == "[BENAR SEBAGIAN]"
    assert verdict_info("hoaks").rating == RATING_WORST and verdict_info("benar").rating == RATING_BEST
    assert {verdict_info(v).tone for v in VERDICTS} == {"salah", "menyesatkan", "sebagian", "benar"}


def test_the_claim_fields_are_typed():
    details = parsed_claim(
        claim_platforms="WhatsApp, situs-web, whatsapp",
        claim_first_seen="2026-05-08 21:15",
        claim_links=["https://hoaks.example/a", "https://hoaks.example/b"],
        evidence=["Pengumuman resmi | https://example.org/a", "Judul dengan | garis | https://example.org/b"],
        related="22222222-2222-4222-8222-222222222222, 33333333-3333-4333-8333-333333333333",
    )
    assert details.platforms == ("whatsapp", "situs-web") and details.platforms_text == "WhatsApp, Situs web"
    assert details.first_seen.isoformat() == "2026-05-08T21:15:00+07:00" and not details.first_seen_date_only
    assert details.first_seen_text == "Jumat, 8 Mei 2026, 21.15 WIB"
    assert details.appearances == ("https://hoaks.example/a", "https://hoaks.example/b")
    assert [(s.title, s.url) for s in details.evidence] == [
        ("Pengumuman resmi", "https://example.org/a"),
        ("Judul dengan | garis", "https://example.org/b"),
    ]
    assert details.related == ("22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333")
    date_only = parsed_claim()
    assert date_only.first_seen_date_only and date_only.first_seen_iso == "2026-05-08"
    assert set(PLATFORMS) >= set(details.platforms)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"claim": None}, ("Claim", "wajib diisi tetapi tidak ada")),
        ({"verdict": "palsu"}, ("Verdict", "nilai 'palsu' tidak dikenal")),
        ({"claim_platforms": "whatsapp, line"}, ("Claim_Platforms", "nilai 'line' tidak dikenal")),
        (
            {"claim_first_seen": "2026-05-11"},
            ("Claim_First_Seen", "klaim pertama beredar setelah klarifikasinya terbit"),
        ),
        ({"evidence": None}, ("Evidence", "wajib diisi tetapi tidak ada")),
        ({"evidence": "Tanpa alamat"}, ("Evidence", "format sumber salah: 'Tanpa alamat'")),
        ({"evidence": "Judul | ftp://example.org/x"}, ("Evidence", "alamat web 'ftp://example.org/x' tidak valid")),
        ({"claim_links": "javascript:alert(1)"}, ("Claim_Links", "alamat web 'javascript:alert(1)' tidak valid")),
        ({"related": "11111111-1111-4111-8111-111111111111"}, ("Related", "menyebut Uid item ini sendiri")),
        ({"related": "BUKAN-UID"}, ("Related", "'BUKAN-UID' bukan pengenal yang valid")),
        ({"claim": "x" * 501}, ("Claim", "terlalu panjang (501 karakter)")),
    ],
)
def test_claim_mistakes_are_reported_on_their_field(fields, expected):
    assert problem_fields(**fields) == [expected]


def test_scaffold_placeholders_must_be_replaced_before_publishing():
    spec = KINDS["clarification"].by_key
    assert problem_fields(claim=spec["claim"].scaffold, status="published") == [
        ("Claim", "masih berisi teks contoh dari kerangka")
    ]
    assert problem_fields(claim=spec["claim"].scaffold, status="draft") == []


# --- model, syndication and structured data (no Pelican run) ---


def test_syndicated_copies_carry_the_verdict_the_claim_as_text_and_the_evidence():
    details = parsed_claim(
        claim="<script>alert(1)</script> & daftar di https://hoaks.example",
        evidence="Sumber <b>resmi</b> | https://example.org/a?x=1&y=2",
    )
    lead = lxml.html.fromstring(f"<div>{syndication_lead(details)}</div>")
    assert lead.xpath("//p[@class='verdict']//text()") == ["Penilaian: HOAKS"]
    assert "<script>alert(1)</script>" in lead.xpath("string(//blockquote)")  # as text
    assert not lead.xpath("//script") and not lead.xpath("//a")  # the hoax's address is never a link
    tail = lxml.html.fromstring(f"<div>{syndication_tail(details)}</div>")
    [link] = tail.xpath("//a")
    assert (link.text, link.get("href"), link.get("rel")) == (
        "Sumber <b>resmi</b>",
        "https://example.org/a?x=1&y=2",
        "nofollow noopener",
    )


def test_evidence_on_the_site_itself_is_linked_without_nofollow():
    details = parsed_claim(evidence=[f"Berita kami | {SITEURL}/{ALPHA}", "Luar | https://example.org/a"])
    assert [(e.url, e.rel) for e in details.evidence_links(SITEURL)] == [
        (f"{SITEURL}/{ALPHA}", ""),
        ("https://example.org/a", "nofollow noopener"),
    ]


def test_claim_review_has_what_fact_check_aggregators_require():
    item = clarification(
        claim_links=["https://hoaks.example/a", "https://hoaks.example/b"], modified="2026-05-11 10:00"
    )
    data = claim_review(item, SITEURL, OFFICE, f"{SITEURL}/tentang/")
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["url"] == f"{SITEURL}/cek-fakta/tautan-bantuan-palsu/"
    assert data["claimReviewed"] == "Daftar bantuan lewat tautan ini."
    assert data["datePublished"] == "2026-05-10T09:00:00+07:00" and data["dateModified"] == "2026-05-11T10:00:00+07:00"
    assert data["author"] == {"@type": "GovernmentOrganization", "name": OFFICE, "url": f"{SITEURL}/tentang/"}
    rating = data["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "Hoaks"
    assert (rating["ratingValue"], rating["worstRating"], rating["bestRating"]) == (1, RATING_WORST, RATING_BEST)
    claim = data["itemReviewed"]
    assert claim["@type"] == "Claim" and claim["datePublished"] == "2026-05-08"
    assert claim["firstAppearance"] == {
        "@type": "CreativeWork",
        "url": "https://hoaks.example/a",
        "datePublished": "2026-05-08",
    }
    assert [a["url"] for a in claim["appearance"]] == ["https://hoaks.example/a", "https://hoaks.example/b"]
    assert schema_problems(data) == []


def test_claim_review_without_addresses_names_where_the_claim_circulated():
    data = claim_review(clarification(), SITEURL, OFFICE, f"{SITEURL}/tentang/")
    assert "appearance" not in data["itemReviewed"]
    assert data["itemReviewed"]["firstAppearance"]["name"] == "Beredar di WhatsApp, Facebook"
    assert schema_problems(data) == []


def test_the_vocabulary_check_can_fail():
    data = claim_review(clarification(), SITEURL, OFFICE, f"{SITEURL}/tentang/")
    data["reviewRating"]["verdictColour"] = "red"
    data["itemReviewed"]["firstAppearance"]["@type"] = "Rating"
    data["datePublished"] = "kemarin"
    found = schema_problems(data)
    assert any("verdictColour" in p for p in found) and any("firstAppearance" in p for p in found)
    assert any("datePublished" in p for p in found)


def test_related_items_link_both_ways_and_only_between_listed_items():
    brief = SimpleNamespace(uid="11111111-1111-4111-8111-111111111111", url=ALPHA, title="Alpha", listed=True)
    shown = clarification(related=brief.uid)
    hidden = clarification(uid="c3c3c3c3-c3c3-4c3c-8c3c-c3c3c3c3c3c3", listed=False, related=brief.uid)
    lost = clarification(uid="c4c4c4c4-c4c4-4c4c-8c4c-c4c4c4c4c4c4", related="0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f")
    unknown = link_related([shown, hidden, lost], [brief])
    assert [(r.url, r.title, r.label) for r in shown.related_refs] == [(ALPHA, "Alpha", "Berita")]
    assert [(r.url, r.label) for r in brief.fact_checks] == [(shown.url, "Hoaks")]  # not the unlisted one
    assert unknown == {lost.metadata["hub_path"]: ["0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f"]}


# --- the built site (fixture: two published clarifications, a draft, an embargoed and a withdrawn one) ---


def test_the_page_shows_badge_claim_box_evidence_and_related_brief(fixture_site):
    doc = fixture_site.html(f"{HOAX}index.html")
    [badge] = doc.xpath("//header//*[contains(@class, 'verdict ')]")
    assert badge.xpath("string(.//*[@class='verdict__label'])") == "HOAKS"  # words, not colour alone
    assert badge.xpath(".//svg[@aria-hidden='true']") and "verdict--salah" in badge.get("class")
    assert doc.xpath("//title/text()")[0].startswith("[HOAKS] Tautan Pendaftaran")
    [box] = doc.xpath("//section[@class='claim']")
    assert box.xpath("string(h2)") == "Klaim yang beredar"
    assert box.xpath("string(blockquote)").strip().startswith("Daftar puskesmas keliling sekarang")
    assert box.xpath(".//dd/text()")[0] == "WhatsApp, Situs web"
    assert box.xpath(".//time/@datetime") == ["2026-05-18T07:30:00+07:00"]
    assert box.xpath(".//code/text()") == ["https://antrean-palsu.example/daftar"]
    assert not doc.xpath("//a[contains(@href, 'antrean-palsu')]")  # recorded, never linked
    evidence = [(a.text, a.get("href"), a.get("rel")) for a in doc.xpath("//section[@class='evidence']//a")]
    assert evidence == [
        ("Berita resmi puskesmas keliling", f"{SITEURL}/{ALPHA}", None),
        ("Dinas kesehatan kabupaten", "https://dinkes.example.org/pengumuman", "nofollow noopener"),
    ]
    assert doc.xpath("//section[@class='related']//a/@href") == [f"{SITEURL}/{ALPHA}"]
    assert doc.xpath("//section[contains(@class, 'verdict-box')]/h2/text()") == ["Penilaian: Hoaks"]


def test_the_related_brief_links_back_to_listed_clarifications_only(fixture_site):
    doc = fixture_site.html(f"{ALPHA}index.html")
    # (Beside "Berita terkait", the same component.)
    checks = "//section[@class='related'][h2[@id='cek-fakta-terkait']]"
    links = doc.xpath(f"{checks}//a")
    assert [(a.get("href"), a.text) for a in links] == [
        (f"{SITEURL}/{HOAX}", "Tautan Pendaftaran Puskesmas Keliling Berbayar")
    ]
    assert doc.xpath(f"{checks}//*[@class='related__label']/text()") == ["Hoaks"]


def test_the_share_kit_caption_leads_with_the_verdict_and_carries_the_link(fixture_site):
    doc = fixture_site.html(f"{HOAX}index.html")
    caption = doc.xpath("//textarea[@id='teks-bagikan']/text()")[0]
    assert caption.startswith("[HOAKS] Puskesmas keliling gratis")
    assert f"{SITEURL}/{HOAX}" in caption
    republish = doc.xpath("string(//section[contains(@class, 'republish')])")
    assert "Penilaian: HOAKS" in republish and "Klaim yang beredar" in republish


def test_the_listing_is_newest_first_and_filters_by_verdict_without_javascript(fixture_site):
    doc = fixture_site.html("cek-fakta/index.html")
    assert doc.xpath("//main//article//h2/a/@href") == [f"{SITEURL}/{TRUE}", f"{SITEURL}/{HOAX}"]
    assert doc.xpath("//main//article//*[@class='verdict__label']/text()") == ["BENAR", "HOAKS"]
    nav = doc.xpath("//nav[@class='verdict-filter']//a")
    assert [(a.text, a.get("href")) for a in nav] == [
        ("Semua", f"{SITEURL}/cek-fakta/"),
        ("Hoaks", f"{SITEURL}/cek-fakta/penilaian/hoaks/"),
        ("Benar", f"{SITEURL}/cek-fakta/penilaian/benar/"),
    ]
    assert nav[0].get("aria-current") == "page"
    hoaxes = fixture_site.html("cek-fakta/penilaian/hoaks/index.html")
    assert hoaxes.xpath("//main//article//h2/a/@href") == [f"{SITEURL}/{HOAX}"]
    assert hoaxes.xpath("//nav[@class='verdict-filter']//a[@aria-current='page']/text()") == ["Hoaks"]
    assert not fixture_site.path("cek-fakta/penilaian/menyesatkan").exists()  # only the withdrawn one has it
    assert not doc.xpath("//script")


def test_the_verdicts_page_explains_every_verdict_and_the_scale(fixture_site):
    doc = fixture_site.html("cek-fakta/penilaian/index.html")
    labels = doc.xpath("//dl[@class='verdict-list']/dt//*[@class='verdict__label']/text()")
    assert labels == [verdict.label.upper() for verdict in all_verdicts()]
    text = " ".join(doc.text_content().split())
    assert "1 = salah, 2 = menyesatkan, 3 = sebagian benar, 4 = benar" in text
    for verdict in all_verdicts():
        assert verdict.explanation in text and f"Nilai {verdict.rating} dari {RATING_BEST}" in text


def test_the_home_page_shows_the_latest_clarifications(fixture_site):
    doc = fixture_site.html("index.html")
    section = doc.xpath("//section[h2[@id='cek-fakta-terbaru']]")[0]
    assert section.xpath(".//h3/a/@href") == [f"{SITEURL}/{TRUE}", f"{SITEURL}/{HOAX}"]
    assert doc.xpath("//nav[@aria-label='Menu utama']//a[text()='Cek Fakta']/@href") == [f"{SITEURL}/cek-fakta/"]


@pytest.mark.parametrize("name", ["cek-fakta/rss.xml", "cek-fakta/atom.xml"])
def test_the_clarifications_feed_puts_the_verdict_first_and_as_a_category(fixture_site, name):
    feed = fixture_site.feed(name)
    assert not feed.bozo and feed.feed.title == "Silih Tulungan Jabar — Cek Fakta"
    assert [e.title for e in feed.entries] == [
        "[BENAR] Jadwal Pasar Murah Akhir Pekan Memang Diperpanjang",
        "[HOAKS] Tautan Pendaftaran Puskesmas Keliling Berbayar",
    ]
    entry = feed.entries[1]
    assert entry.id == "urn:uuid:c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1"
    assert {"Cek Fakta", "Hoaks"} <= {tag.get("label") or tag.term for tag in entry.tags}  # Atom: term + label
    html = entry.content[0].value
    assert "Penilaian: HOAKS" in html and "Klaim yang beredar" in html and "Sumber pemeriksaan" in html
    assert 'href="https://antrean-palsu' not in html  # the hoax's address travels as text only


def test_clarifications_are_in_their_programme_and_region_feeds_marked_by_category(fixture_site):
    feed = fixture_site.feed("wilayah/kabupaten-garut/rss.xml")
    [entry] = [e for e in feed.entries if e.id.endswith("c1c1c1c1c1c1")]
    assert entry.title.startswith("[HOAKS] ")
    assert "Cek Fakta" in {tag.term for tag in entry.tags}
    data = json.loads(fixture_site.text("cek-fakta/feed.json"))
    assert [item["title"] for item in data["items"]][1].startswith("[HOAKS] ")
    assert {"Cek Fakta", "Hoaks"} <= set(data["items"][1]["tags"])


def test_the_page_carries_a_valid_claim_review(fixture_site):
    doc = fixture_site.html(f"{HOAX}index.html")
    [script] = doc.xpath("//script[@type='application/ld+json']/text()")
    data = json.loads(script)
    assert data["@type"] == "ClaimReview" and data["url"] == f"{SITEURL}/{HOAX}"
    assert data["reviewRating"]["alternateName"] == "Hoaks" and data["reviewRating"]["ratingValue"] == 1
    assert data["itemReviewed"]["firstAppearance"]["url"] == "https://antrean-palsu.example/daftar"
    assert data["author"]["@type"] == "GovernmentOrganization"
    assert schema_problems(data) == []


def test_a_withdrawn_clarification_keeps_its_page_without_claim_review_or_share_kit(fixture_site):
    doc = fixture_site.html("cek-fakta/klarifikasi-lama-yang-ditarik/index.html")
    assert "telah ditarik" in doc.xpath("string(//*[contains(@class, 'notice')])")
    assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert not doc.xpath("//script[@type='application/ld+json']") and not doc.xpath("//textarea")


def test_the_bundled_clarifications_are_built_and_one_links_the_bundled_brief(bundled_site):
    doc = bundled_site.html("cek-fakta/index.html")
    assert len(doc.xpath("//main//article")) >= 3
    brief = bundled_site.html("berita/cek-fakta-hoaks-bansos-tautan/index.html")
    assert brief.xpath("//section[@class='related'][h2[@id='cek-fakta-terkait']]//a/@href") == [
        f"{SITEURL}/cek-fakta/hoaks-tautan-pendaftaran-bansos/"
    ]
    for page in bundled_site.output.glob("cek-fakta/*/index.html"):
        scripts = lxml.html.fromstring(page.read_bytes()).xpath("//script[@type='application/ld+json']/text()")
        for script in scripts:
            assert schema_problems(json.loads(script)) == [], page


def luminance(rgb: str) -> float:
    """Relative luminance (WCAG 2) of a computed CSS colour ``rgb(r, g, b)``."""
    channels = [int(part) / 255 for part in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_helper_can_fail():
    assert contrast("rgb(255, 255, 255)", "rgb(0, 0, 0)") == pytest.approx(21)
    assert contrast("rgb(255, 255, 255)", "rgb(255, 221, 0)") < 4.5


@pytest.mark.browser
def test_every_verdict_badge_is_text_icon_and_colour_with_enough_contrast(browser, fixture_site):
    from tests.browser import StaticSite, open_session

    session = open_session(browser, StaticSite(fixture_site.output))
    page = session.page
    try:
        page.goto(f"{SITEURL}/cek-fakta/penilaian/")
        badges = page.evaluate(
            """() => [...document.querySelectorAll('.verdict-list .verdict')].map((badge) => {
                const style = getComputedStyle(badge);
                const icon = badge.querySelector('svg').getBoundingClientRect();
                return {label: badge.innerText.trim(), color: style.color, background: style.backgroundColor,
                        icon: icon.width > 0 && icon.height > 0};
            })"""
        )
    finally:
        page.context.close()
    assert [b["label"] for b in badges] == [v.label.upper() for v in all_verdicts()]
    assert all(b["icon"] for b in badges)
    for badge in badges:
        assert contrast(badge["color"], badge["background"]) >= 4.5, badge
    assert len({b["background"] for b in badges}) == 4  # one colour per rating, never the only sign
    assert session.errors == [] and session.foreign == []
