import datetime as dt
import json
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import lxml.html
import pytest
from lxml import etree

from feeds.build import build_feed, render_feed, serialise, with_comment
from feeds.campaign_ns import CAMPAIGN_NS, CampaignEntryExtension
from feeds.catalog import feed_links, feed_meta, feed_path, feed_specs, feed_title
from feeds.config import load_settings
from feeds.item import (
    Category,
    Enclosure,
    EventInfo,
    FeedItem,
    FeedMeta,
    attribution,
    feed_item,
    item_id,
    tagged_link,
)
from feeds.license import CC_NS
from feeds.media import MEDIA_NS
from hub_model.html import absolutize
from hub_model.taxonomy import Term

JKT = ZoneInfo("Asia/Jakarta")
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "media": MEDIA_NS,
    "dc": "http://purl.org/dc/elements/1.1/",
    "cc": CC_NS,
    "campaign": CAMPAIGN_NS,
}
META = FeedMeta("https://s.test/berita/", "Semua", "Sub", "https://s.test/berita/", "Diskominfo", "https://s.test/t/")
LICENSED = FeedMeta(
    **{**META.__dict__, "license_url": "https://creativecommons.org/licenses/by/4.0/", "license_name": "CC BY 4.0"}
)
UTM = (("utm_source", "feed"), ("utm_medium", "syndication"))
HUB = "https://hub.websub.test/"
HELP = "https://s.test/untuk-blogger/#cara-langganan"


def item(n, image=True, event=None):
    return FeedItem(
        id=item_id(f"0000000{n}-0000-4000-8000-000000000000"),
        title=f"Judul {n} <b>&</b>",
        link=f"https://s.test/berita/{n}/",
        content_html=f"<p>Isi {n}</p>",
        summary=f"Ringkasan {n}",
        categories=(Category("kesehatan", "Kesehatan", "https://s.test/program/kesehatan/"),),
        published=dt.datetime(2026, 5, n, 9, tzinfo=JKT),
        updated=dt.datetime(2026, 5, n, 10, tzinfo=JKT),
        image=Enclosure(f"https://s.test/images/{n}.jpg", 1234, "image/jpeg", "Foto") if image else None,
        event=event,
    )


EVENT = EventInfo(
    dt.datetime(2026, 6, 1, 9, tzinfo=JKT), dt.datetime(2026, 6, 1, 12, tzinfo=JKT), "Gedung Sate, Bandung", "scheduled"
)


@pytest.fixture
def feed():
    return build_feed(META, [item(3), item(2, image=False), item(1)])


def rss(fg, note=""):
    return etree.fromstring(serialise(fg, "rss", "https://s.test/berita/rss.xml", note))


def atom(fg, note=""):
    return etree.fromstring(serialise(fg, "atom", "https://s.test/berita/atom.xml", note))


# --- entries ---


def test_entries_keep_the_given_order(feed):
    assert rss(feed).xpath("/rss/channel/item/title/text()") == [
        "Judul 3 <b>&</b>",
        "Judul 2 <b>&</b>",
        "Judul 1 <b>&</b>",
    ]
    assert atom(feed).xpath("/atom:feed/atom:entry/atom:title/text()", namespaces=NS)[0] == "Judul 3 <b>&</b>"


def test_each_format_has_its_own_self_link(feed):
    assert rss(feed).xpath("//atom:link[@rel='self']/@href", namespaces=NS) == ["https://s.test/berita/rss.xml"]
    doc = atom(feed)
    assert doc.xpath("/atom:feed/atom:link[@rel='self']/@href", namespaces=NS) == ["https://s.test/berita/atom.xml"]
    assert doc.xpath("/atom:feed/atom:link[@rel='alternate']/@href", namespaces=NS) == ["https://s.test/berita/"]


def test_rss_channel_link_is_the_html_page_not_the_feed(feed):
    assert rss(feed).xpath("/rss/channel/link/text()") == ["https://s.test/berita/"]


def test_rss_item_identity_and_image(feed):
    first = rss(feed).xpath("/rss/channel/item")[0]
    guid = first.find("guid")
    assert (guid.text, guid.get("isPermaLink")) == ("urn:uuid:00000003-0000-4000-8000-000000000000", "false")
    enclosure = first.find("enclosure")
    assert dict(enclosure.attrib) == {"url": "https://s.test/images/3.jpg", "length": "1234", "type": "image/jpeg"}
    content = first.find("media:content", NS)
    assert content.get("fileSize") == "1234" and content.get("medium") == "image"
    assert content.find("media:description", NS).text == "Foto"
    assert first.find("media:thumbnail", NS).get("url") == "https://s.test/images/3.jpg"
    assert first.find("dc:creator", NS).text == "Diskominfo"
    assert first.find("media:group", NS) is None


def test_rss_items_carry_full_html_and_the_summary(feed):
    first = rss(feed).xpath("/rss/channel/item")[0]
    assert first.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") == "<p>Isi 3</p>"
    assert first.findtext("description") == "Ringkasan 3"


def test_atom_entry_links_keep_their_attributes(feed):
    entry = atom(feed).xpath("/atom:feed/atom:entry", namespaces=NS)[0]
    links = [dict(link.attrib) for link in entry.findall("atom:link", NS)]
    assert {"href": "https://s.test/berita/3/", "rel": "alternate", "type": "text/html"} in links
    enclosure = {"rel": "enclosure", "href": "https://s.test/images/3.jpg", "type": "image/jpeg", "length": "1234"}
    assert enclosure in links


def test_items_without_image_have_no_enclosure(feed):
    second = rss(feed).xpath("/rss/channel/item")[1]
    assert second.find("enclosure") is None and second.find("media:content", NS) is None


def test_feed_updated_is_the_newest_item_not_the_build_time(feed):
    assert atom(feed).xpath("/atom:feed/atom:updated/text()", namespaces=NS) == ["2026-05-03T10:00:00+07:00"]


def test_image_urls_must_be_absolute():
    bad = item(1)
    bad = FeedItem(**{**bad.__dict__, "image": Enclosure("/images/1.jpg", 1, "image/jpeg", "")})
    with pytest.raises(ValueError, match="absolute"):
        build_feed(META, [bad])


# --- licence ---


def test_licence_is_stated_in_rss_and_atom():
    fg = build_feed(LICENSED, [item(1)])
    channel = rss(fg).find("channel")
    assert channel.findtext("copyright") == LICENSED.rights
    assert "CC BY 4.0" in LICENSED.rights and "Diskominfo" in LICENSED.rights
    assert channel.findtext("cc:license", namespaces=NS) == "https://creativecommons.org/licenses/by/4.0/"
    doc = atom(fg)
    assert doc.xpath("/atom:feed/atom:link[@rel='license']/@href", namespaces=NS) == [
        "https://creativecommons.org/licenses/by/4.0/"
    ]
    assert doc.xpath("/atom:feed/atom:rights/text()", namespaces=NS) == [LICENSED.rights]
    # The Creative Commons module is RSS-only: Atom declares no namespace it does not use.
    assert CC_NS not in etree.tostring(doc).decode()


def test_no_licence_setting_means_no_licence_elements(feed):
    assert rss(feed).find("channel/copyright") is None
    assert not atom(feed).xpath("//atom:link[@rel='license'] | //atom:rights", namespaces=NS)


def test_licence_url_must_be_absolute():
    with pytest.raises(ValueError, match="absolute"):
        build_feed(FeedMeta(**{**META.__dict__, "license_url": "/lisensi/"}), [item(1)])


# --- campaign tags ---


def test_campaign_params_tag_item_links_only():
    fg = build_feed(FeedMeta(**{**LICENSED.__dict__, "campaign_params": UTM}), [item(1)])
    tagged = "https://s.test/berita/1/?utm_source=feed&utm_medium=syndication"
    channel = rss(fg).find("channel")
    assert channel.xpath("item/link/text()") == [tagged]
    assert channel.xpath("item/guid/text()") == ["urn:uuid:00000001-0000-4000-8000-000000000000"]
    assert channel.findtext("link") == "https://s.test/berita/"  # the feed's own page stays clean
    doc = atom(fg)
    assert doc.xpath("//atom:entry/atom:link[@rel='alternate']/@href", namespaces=NS) == [tagged]
    assert doc.xpath("//atom:entry/atom:id/text()", namespaces=NS) == ["urn:uuid:00000001-0000-4000-8000-000000000000"]
    assert doc.xpath("/atom:feed/atom:id/text()", namespaces=NS) == ["https://s.test/berita/"]


def test_campaign_params_are_off_by_default(feed):
    assert rss(feed).xpath("/rss/channel/item/link/text()")[0] == "https://s.test/berita/3/"
    assert "utm_" not in serialise(feed, "atom", "https://s.test/berita/atom.xml").decode()


def test_tagged_link_keeps_query_and_fragment_and_replaces_same_names():
    assert tagged_link("https://s.test/a/", ()) == "https://s.test/a/"
    assert tagged_link("https://s.test/a/?x=1&utm_source=old#top", UTM) == (
        "https://s.test/a/?x=1&utm_source=feed&utm_medium=syndication#top"
    )
    assert tagged_link("https://s.test/a/", (("utm_campaign", "kabar baik & sehat"),)) == (
        "https://s.test/a/?utm_campaign=kabar+baik+%26+sehat"
    )


# --- WebSub ---


def test_websub_hub_and_self_links_when_set():
    fg = build_feed(FeedMeta(**{**META.__dict__, "hub": HUB}), [item(1)])
    channel = rss(fg).find("channel")
    assert channel.xpath("atom:link[@rel='hub']/@href", namespaces=NS) == [HUB]
    assert channel.xpath("atom:link[@rel='self']/@href", namespaces=NS) == ["https://s.test/berita/rss.xml"]
    doc = atom(fg)
    assert doc.xpath("/atom:feed/atom:link[@rel='hub']/@href", namespaces=NS) == [HUB]
    assert doc.xpath("/atom:feed/atom:link[@rel='self']/@href", namespaces=NS) == ["https://s.test/berita/atom.xml"]


def test_no_hub_by_default(feed):
    assert not rss(feed).xpath("//atom:link[@rel='hub']", namespaces=NS)
    assert not atom(feed).xpath("//atom:link[@rel='hub']", namespaces=NS)


# --- events in the campaign namespace ---


def test_event_items_carry_start_end_place_status_in_both_formats():
    fg = build_feed(META, [item(1, event=EVENT), item(2)])
    for doc, entry_path in ((rss(fg), "/rss/channel/item"), (atom(fg), "/atom:feed/atom:entry")):
        event, brief = doc.xpath(entry_path, namespaces=NS)
        assert event.findtext("campaign:start", namespaces=NS) == "2026-06-01T09:00:00+07:00"
        assert event.findtext("campaign:end", namespaces=NS) == "2026-06-01T12:00:00+07:00"
        assert event.findtext("campaign:place", namespaces=NS) == "Gedung Sate, Bandung"
        assert event.findtext("campaign:status", namespaces=NS) == "scheduled"
        assert brief.find("campaign:start", NS) is None


def test_feeds_without_events_declare_no_campaign_namespace(feed):
    assert CAMPAIGN_NS not in serialise(feed, "rss", "https://s.test/berita/rss.xml").decode()


@pytest.mark.parametrize(
    ("setter", "value", "message"),
    [
        ("event_start", dt.datetime(2026, 6, 1, 9), "timezone-aware"),
        ("event_start", "2026-06-01T09:00+07:00", "timezone-aware"),
        ("event_status", "batal", "one of"),
    ],
)
def test_campaign_accessors_reject_bad_input(setter, value, message):
    with pytest.raises(ValueError, match=message):
        getattr(CampaignEntryExtension(), setter)(value)


def test_campaign_end_cannot_precede_start():
    ext = CampaignEntryExtension()
    ext.event_start(dt.datetime(2026, 6, 1, 9, tzinfo=JKT))
    with pytest.raises(ValueError, match="before its start"):
        ext.event_end(dt.datetime(2026, 6, 1, 8, tzinfo=JKT))
    ext.event_place("  Gedung\n Sate ")
    assert ext.event_place() == "Gedung Sate"


# --- a feed opened in a browser ---


def test_feeds_name_no_stylesheet_and_start_with_a_note_for_people(feed):
    helped = FeedMeta(**{**META.__dict__, "help_url": HELP})
    assert helped.reader_note.startswith("Ini feed Semua: alamat untuk aplikasi pembaca feed")
    assert helped.reader_note.endswith(f"Cara berlangganan: {HELP}")
    for fmt in ("rss", "atom"):
        data = serialise(feed, fmt, f"https://s.test/berita/{fmt}.xml", helped.reader_note)
        assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<!--\n  Ini feed Semua: ")
        assert b"xml-stylesheet" not in data
        comment = etree.fromstring(data).getprevious()
        assert isinstance(comment, etree._Comment) and " ".join(comment.text.split()) == helped.reader_note
        # In short lines (a phone's width in a browser's XML view); the address is never broken.
        assert all(len(line) <= 46 or line.strip() == HELP for line in comment.text.splitlines())
    assert FeedMeta(**META.__dict__).reader_note == ""  # no help page, no note
    assert b"<!--" not in serialise(feed, "rss", "https://s.test/berita/rss.xml")


def test_the_note_cannot_end_the_comment_early():
    data = with_comment(b"<rss/>", "Judul -- dengan --> di dalamnya -")
    [comment] = [node for node in etree.fromstring(data).itersiblings(preceding=True)]
    assert "--" not in comment.text and " ".join(comment.text.split()) == "Judul - - dengan - -> di dalamnya"
    assert etree.fromstring(data).tag == "rss"


def test_render_feed_writes_every_format_from_one_item_list():
    urls = {fmt: f"https://s.test/berita/{name}" for fmt, name in (("rss", "rss.xml"), ("atom", "atom.xml"))}
    helped = FeedMeta(**{**LICENSED.__dict__, "help_url": HELP})
    rendered = render_feed(helped, [item(2), item(1)], {**urls, "json": "https://s.test/berita/feed.json"})
    assert set(rendered) == {"rss", "atom", "json"}
    assert b"<!--\n  Ini feed" in rendered["rss"] and b"<!--\n  Ini feed" in rendered["atom"]
    assert rendered["json"].startswith(b"{")
    assert json.loads(rendered["json"])["user_comment"] == helped.reader_note


# --- items from content ---


def brief(**extra):
    program = Term("program", "kesehatan", "Kesehatan", "program/kesehatan/")
    return SimpleNamespace(
        uid="11111111-1111-4111-8111-111111111111",
        title='Guru "Bandung" & <Cimahi>',
        url="berita/guru/",
        content='<p>Isi <a href="/arsip/">arsip</a></p>',
        metadata={"summary": " Ringkasan. "},
        date=dt.datetime(2026, 5, 1, 9, tzinfo=JKT),
        modified=None,
        image=None,
        program=program,
        regions=(Term("region", "kota-bandung", "Kota Bandung", "wilayah/kota-bandung/"),),
        tags=[SimpleNamespace(slug="cek-fakta", name="cek fakta", url="topik/cek-fakta/")],
        **extra,
    )


def test_feed_item_appends_an_escaped_attribution_linking_the_canonical_page():
    made = feed_item(brief(), "https://s.test", "Silih & Tulungan")
    doc = lxml.html.fragment_fromstring(made.content_html, create_parent="div")
    line = doc.xpath("p[@class='attribution']")[-1]
    assert line.text_content() == 'Sumber: Guru "Bandung" & <Cimahi> — Silih & Tulungan'
    assert line.xpath("a/@href") == ["https://s.test/berita/guru/"]
    assert doc.xpath("p[1]/a/@href") == ["https://s.test/arsip/"]
    assert "&amp; &lt;Cimahi&gt;" in made.content_html
    assert made.event is None and made.summary == "Ringkasan."
    assert [c.label for c in made.categories] == ["Kesehatan", "Kota Bandung", "cek fakta"]


def test_attribution_is_one_paragraph():
    assert attribution("A", "https://s.test/a/", "S") == (
        '<p class="attribution">Sumber: <a href="https://s.test/a/">A</a> — S</p>'
    )


def test_feed_item_of_an_event_carries_its_schedule():
    details = SimpleNamespace(
        start=EVENT.start, finishes=EVENT.end, place="Gedung Sate, Bandung", status="cancelled", when="x"
    )
    made = feed_item(brief(details=details), "https://s.test", "S", lead="Senin · Gedung Sate")
    assert made.event == EventInfo(EVENT.start, EVENT.end, "Gedung Sate, Bandung", "cancelled")
    assert made.summary == "Senin · Gedung Sate — Ringkasan."


def test_absolutize_rewrites_relative_links_and_images():
    html = '<p>A <a href="/arsip/">arsip</a> <img src="../x.jpg" alt=""></p>tail <a href="https://o.test/">o</a>'
    out = absolutize(html, "https://s.test/berita/a/")
    assert 'href="https://s.test/arsip/"' in out and 'src="https://s.test/berita/x.jpg"' in out
    assert out.endswith('tail <a href="https://o.test/">o</a>')


# --- catalog ---


def test_feed_paths_and_links_come_from_one_table():
    term = Term("program", "kesehatan", "Kesehatan", "program/kesehatan/")
    assert feed_path(term, "rss") == "program/kesehatan/rss.xml"
    assert feed_path(term, "json") == "program/kesehatan/feed.json"
    links = feed_links([term, Term("tag", "x", "X", "topik/x/"), None], siteurl="https://s.test", sitename="Hub")
    assert [(link["type"], link["href"], link["label"]) for link in links] == [
        ("application/rss+xml", "https://s.test/program/kesehatan/rss.xml", "RSS"),
        ("application/atom+xml", "https://s.test/program/kesehatan/atom.xml", "Atom"),
        ("application/feed+json", "https://s.test/program/kesehatan/feed.json", "JSON Feed"),
    ]
    assert links[0]["title"] == "Hub — Program Kesehatan (RSS)"
    assert links[2]["title"] == "Hub — Program Kesehatan (JSON Feed)"


def test_programme_region_pairs_have_feeds_and_titles():
    pair = Term("program_region", "kesehatan--kota-bandung", "Kesehatan · Kota Bandung", "program/k/wilayah/b/")
    assert feed_title(pair, "Hub") == "Hub — Program Kesehatan · Kota Bandung"
    assert [link["href"] for link in feed_links([pair], siteurl="https://s.test", sitename="Hub")] == [
        "https://s.test/program/k/wilayah/b/rss.xml",
        "https://s.test/program/k/wilayah/b/atom.xml",
        "https://s.test/program/k/wilayah/b/feed.json",
    ]


def test_feed_specs_skip_topics_and_bound_items():
    sections = [
        SimpleNamespace(term=Term("all", "berita", "Semua", "berita/"), items=[1, 2, 3]),
        SimpleNamespace(term=Term("tag", "x", "X", "topik/x/"), items=[1]),
        SimpleNamespace(term=Term("program_region", "a--b", "A · B", "program/a/wilayah/b/"), items=[3, 2, 1]),
    ]
    events = [SimpleNamespace(date=dt.datetime(2026, 1, n, tzinfo=JKT), slug=f"e{n}") for n in (1, 3, 2)]
    specs = feed_specs(sections, Term("events", "acara", "Acara", "acara/"), events, "Hub", limit=2)
    assert [s.term.kind for s in specs] == ["all", "program_region", "events"]
    assert specs[0].items == (1, 2)
    assert specs[1].items == (3, 2)
    assert [e.date.day for e in specs[2].items] == [3, 2]


# --- settings ---

SITE = {
    "SITEURL": "https://s.test",
    "SITENAME": "Hub",
    "SITESUBTITLE": "Sub",
    "ORGANISATION": "Diskominfo",
    "ORGANISATION_URL": "https://s.test/tentang/",
    "THEME_STATIC_DIR": "theme",
}


def test_settings_defaults_license_on_tags_and_hub_off():
    config = load_settings(SITE)
    assert config.license_url == "https://creativecommons.org/licenses/by/4.0/"
    assert config.license_name == "CC BY 4.0"
    assert config.campaign_params == () and config.websub_hub == "" and config.max_items == 30
    assert config.help_url == ""
    assert load_settings({**SITE, "FEEDS_HELP_URL": "untuk-blogger/#cara-langganan"}).help_url == HELP
    for bad in ("/untuk-blogger/", "https://lain.test/"):
        with pytest.raises(ValueError, match="FEEDS_HELP_URL"):
            load_settings({**SITE, "FEEDS_HELP_URL": bad})


def test_settings_reach_the_feed_meta():
    config = load_settings({**SITE, "FEEDS_CAMPAIGN_PARAMS": dict(UTM), "FEEDS_WEBSUB_HUB": HUB})
    spec = feed_specs([SimpleNamespace(term=Term("all", "berita", "Semua", "berita/"), items=[])], None, [], "Hub", 5)[
        0
    ]
    meta = feed_meta(spec, config)
    assert (meta.id, meta.link, meta.hub, meta.campaign_params) == (
        "https://s.test/berita/",
        "https://s.test/berita/",
        HUB,
        UTM,
    )
    assert meta.license_url == config.license_url and meta.author == "Diskominfo"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("FEEDS_MAX_ITEMS", 0, "FEEDS_MAX_ITEMS"),
        ("FEEDS_MAX_ITEMS", "30", "FEEDS_MAX_ITEMS"),
        ("FEEDS_LICENSE_URL", "creativecommons.org/licenses/by/4.0/", "FEEDS_LICENSE_URL"),
        ("FEEDS_WEBSUB_HUB", "hub.test", "FEEDS_WEBSUB_HUB"),
        ("FEEDS_CAMPAIGN_PARAMS", "utm_source=feed", "FEEDS_CAMPAIGN_PARAMS"),
        ("FEEDS_CAMPAIGN_PARAMS", {"utm_source": 1}, "FEEDS_CAMPAIGN_PARAMS"),
    ],
)
def test_bad_settings_fail_with_a_clear_message(key, value, message):
    with pytest.raises(ValueError, match=message):
        load_settings({**SITE, key: value})
