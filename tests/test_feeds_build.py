import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from lxml import etree

from feeds.build import FeedMeta, build_feed, serialise
from feeds.catalog import feed_links, feed_path, feed_specs
from feeds.item import Category, Enclosure, FeedItem, absolutize, item_id
from feeds.media import MEDIA_NS
from hub_model.taxonomy import Term

JKT = ZoneInfo("Asia/Jakarta")
NS = {"atom": "http://www.w3.org/2005/Atom", "media": MEDIA_NS, "dc": "http://purl.org/dc/elements/1.1/"}
META = FeedMeta("https://s.test/berita/", "Semua", "Sub", "https://s.test/berita/", "Diskominfo", "https://s.test/t/")


def item(n, image=True):
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
    )


@pytest.fixture
def feed():
    return build_feed(META, [item(3), item(2, image=False), item(1)])


def rss(fg):
    return etree.fromstring(serialise(fg, "rss", "https://s.test/berita/rss.xml"))


def atom(fg):
    return etree.fromstring(serialise(fg, "atom", "https://s.test/berita/atom.xml"))


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


def test_absolutize_rewrites_relative_links_and_images():
    html = '<p>A <a href="/arsip/">arsip</a> <img src="../x.jpg" alt=""></p>tail <a href="https://o.test/">o</a>'
    out = absolutize(html, "https://s.test/berita/a/")
    assert 'href="https://s.test/arsip/"' in out and 'src="https://s.test/berita/x.jpg"' in out
    assert out.endswith('tail <a href="https://o.test/">o</a>')


def test_feed_paths_and_links_come_from_one_table():
    term = Term("program", "kesehatan", "Kesehatan", "program/kesehatan/")
    assert feed_path(term, "rss") == "program/kesehatan/rss.xml"
    links = feed_links([term, Term("tag", "x", "X", "topik/x/"), None], siteurl="https://s.test", sitename="Hub")
    assert [link["href"] for link in links] == [
        "https://s.test/program/kesehatan/rss.xml",
        "https://s.test/program/kesehatan/atom.xml",
    ]
    assert links[0]["title"] == "Hub — Program Kesehatan (RSS)"


def test_feed_specs_skip_topics_and_bound_items():
    sections = [
        SimpleNamespace(term=Term("all", "berita", "Semua", "berita/"), items=[1, 2, 3]),
        SimpleNamespace(term=Term("tag", "x", "X", "topik/x/"), items=[1]),
    ]
    events = [SimpleNamespace(date=dt.datetime(2026, 1, n, tzinfo=JKT)) for n in (1, 3, 2)]
    specs = feed_specs(sections, Term("events", "acara", "Acara", "acara/"), events, "Hub", limit=2)
    assert [s.term.kind for s in specs] == ["all", "events"]
    assert specs[0].items == (1, 2)
    assert [e.date.day for e in specs[1].items] == [3, 2]
