"""Text stays text and HTML stays HTML in every output, as each client meets it.

One hostile site (tests/fixtures/escaping/content) is built once: every text field of a brief
and of an event (title, summary, share text, picture alt text, tag, venue, address, speakers)
carries ``payload(n)``: markup, quotes and an entity look-alike together. Each test reads one
output the way its client does (an RSS or Atom reader, a JSON Feed app, an oEmbed consumer, a
blogger pasting the republish HTML, the widget on a host page, a calendar app, a search engine
reading JSON-LD) and compares exact strings: a field that lets the markup through fails, and so
does one escaped twice (the reader would see ``&lt;`` instead of ``<``) or decoded twice
(``&lt;i&gt;`` would turn into ``<i>``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from zoneinfo import ZoneInfo

import icalendar
import lxml.html
import pytest
from lxml import etree

from feeds.build import build_feed, serialise
from feeds.item import Category, Enclosure, FeedItem, FeedMeta
from tests.browser import HostServer, StaticSite, open_session, site_server
from tests.conftest import FIXTURE, FIXTURE_NOW
from tests.site import ROOT, SITEURL, Site, build_site

CONTENT = ROOT / "tests" / "fixtures" / "escaping" / "content"
SITENAME = "Silih Tulungan Jabar"


def payload(n: int) -> str:
    """Return the hostile text the fixture puts after each field's first word (``n`` tells them apart)."""
    return f"</script><script>alert({n})</script> & <b>tebal</b> \"kutip\" 'petik' &lt;i&gt;"


TITLE = f"Judul {payload(1)}"
# Pelican splits Tags on ";" when there is one, so the tag's payload leaves out the entity look-alike.
TAG = "Topik </script><script>alert(2)</script> & <b>tebal</b> \"kutip\" 'petik'"
SUMMARY = f"Ringkasan {payload(3)}"
ALT = f"Foto {payload(4)}"
SHARE_TEXT = f"Bagikan {payload(5)}"
EVENT_TITLE = f"Acara {payload(7)}"
EVENT_SUMMARY = f"Ringkasan acara {payload(8)}"
VENUE = f"Gedung {payload(9)}"
ADDRESS = f"Jalan {payload(10)}"
SPEAKER = f"Pembicara {payload(11)}"
ROLE = f"Peran {payload(12)}"
# What event items and event pages lead with: the date, then the venue and address.
EVENT_LEAD = f"Rabu, 1 Juli 2026, 09.00–12.00 WIB · {VENUE}, {ADDRESS}"
BRIEF_PAGE = "berita/berita-muatan/"
EVENT_PAGE = "acara/acara-muatan/"
CARD = "embed/kartu/dddddddd-dddd-4ddd-8ddd-dddddddddddd/"
ATOM = "{http://www.w3.org/2005/Atom}"
MEDIA = "{http://search.yahoo.com/mrss/}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"


@pytest.fixture(scope="session")
def escaping_site(tmp_path_factory) -> Site:
    """The hostile site, built once (its picture is the fixture site's, copied rather than committed twice)."""
    content = tmp_path_factory.mktemp("escaping") / "content"
    shutil.copytree(CONTENT, content)
    (content / "images").mkdir()
    shutil.copy(FIXTURE / "images" / "pasar.jpg", content / "images" / "pasar.jpg")
    return build_site(content, tmp_path_factory.mktemp("escaping-out"), FIXTURE_NOW, SEARCH_ENABLED=False)


def xml(site: Site, name: str):
    return etree.fromstring(site.path(name).read_bytes())


def html_fragment(markup: str):
    """Parse ``markup`` as an HTML reader would, inside a wrapper element."""
    return lxml.html.fragment_fromstring(markup, create_parent=True)


def elements(root, *names: str) -> list:
    return [e for e in root.iter() if isinstance(e.tag, str) and e.tag in names]


def test_the_fixture_builds_without_errors(escaping_site):
    assert not [r for r in escaping_site.logs if r.levelname == "ERROR"]
    assert escaping_site.path(f"{BRIEF_PAGE}index.html").is_file()
    assert escaping_site.path(f"{EVENT_PAGE}index.html").is_file()


# --- the builder itself: which field goes into which element ---


def hostile_item() -> FeedItem:
    moment = dt.datetime(2026, 5, 10, 9, tzinfo=ZoneInfo("Asia/Jakarta"))
    return FeedItem(
        id="urn:uuid:dddddddd-dddd-4ddd-8ddd-dddddddddddd",
        title=TITLE,
        link="https://s.test/berita/x/",
        content_html="<p>Isi <b>tebal</b></p>",
        summary=SUMMARY,
        categories=(Category("topik", TAG, "https://s.test/topik/topik/"),),
        published=moment,
        updated=moment,
        image=Enclosure("https://s.test/images/x.jpg", 1, "image/jpeg", ALT),
    )


def test_build_feed_gives_rss_the_escaped_summary_and_atom_the_text():
    fg = build_feed(
        FeedMeta("https://s.test/berita/", "Semua", "Sub", "https://s.test/berita/", "Diskominfo", "https://s.test/t/"),
        [hostile_item()],
    )
    rss = etree.fromstring(serialise(fg, "rss", "https://s.test/berita/rss.xml")).find("channel/item")
    assert rss.findtext("description") == html.escape(SUMMARY, quote=False)
    assert rss.findtext(CONTENT_ENCODED) == "<p>Isi <b>tebal</b></p>"
    assert rss.findtext("title") == TITLE
    atom = etree.fromstring(serialise(fg, "atom", "https://s.test/berita/atom.xml")).find(f"{ATOM}entry")
    summary, content = atom.find(f"{ATOM}summary"), atom.find(f"{ATOM}content")
    assert (summary.get("type"), summary.text) == ("text", SUMMARY)
    assert (content.get("type"), content.text) == ("html", "<p>Isi <b>tebal</b></p>")
    assert atom.find(f"{ATOM}title").get("type") in (None, "text")
    assert atom.findtext(f"{ATOM}title") == TITLE


# --- RSS 2.0: description is HTML, everything else plain text ---


def rss_item(site: Site, name: str = "berita/rss.xml"):
    [found] = [i for i in xml(site, name).iterfind("channel/item") if i.findtext("title") in (TITLE, EVENT_TITLE)]
    return found


def test_rss_description_parsed_as_html_is_the_literal_summary(escaping_site):
    description = html_fragment(rss_item(escaping_site).findtext("description"))
    assert elements(description, "script", "b", "i") == []
    assert description.text_content() == SUMMARY


def test_rss_event_description_leads_with_the_literal_place(escaping_site):
    description = html_fragment(rss_item(escaping_site, "acara/rss.xml").findtext("description"))
    assert elements(description, "script", "b", "i") == []
    assert description.text_content() == f"{EVENT_LEAD} — {EVENT_SUMMARY}"


def test_rss_plain_text_elements_hold_the_literal_text(escaping_site):
    item = rss_item(escaping_site)
    assert item.findtext("title") == TITLE
    assert TAG in [c.text for c in item.iterfind("category")]
    description = item.find(f"{MEDIA}content/{MEDIA}description")
    assert (description.get("type"), description.text) == ("plain", ALT)
    # The full body is HTML: markup the sanitiser keeps is markup, the title in the source line is text.
    body = html_fragment(item.findtext(CONTENT_ENCODED))
    assert elements(body, "script") == [] and len(elements(body, "b")) == 1
    assert body.xpath("//p[@class='attribution']/a")[0].text_content() == TITLE


def test_feedparser_reads_the_rss_title_and_summary_as_the_literal_text(escaping_site):
    entry = next(e for e in escaping_site.feed("berita/rss.xml").entries if e.title == TITLE)
    assert entry.title == TITLE  # exactly: not stripped, not sanitised, not escaped
    # feedparser hands the description on as (sanitised) HTML: the payload survives as escaped text.
    assert "&lt;/script&gt;&lt;script&gt;alert(3)" in entry.summary
    assert "&amp;lt;/script" not in entry.summary  # escaped once, not twice
    assert html_fragment(entry.summary).text_content() == SUMMARY


# --- Atom 1.0: every element says what it holds ---


def atom_entry(site: Site, name: str = "berita/atom.xml"):
    entries = xml(site, name).iterfind(f"{ATOM}entry")
    [found] = [e for e in entries if e.findtext(f"{ATOM}title") in (TITLE, EVENT_TITLE)]
    return found


def test_atom_summary_and_title_are_text_and_content_is_html(escaping_site):
    entry = atom_entry(escaping_site)
    summary = entry.find(f"{ATOM}summary")
    assert (summary.get("type"), summary.text) == ("text", SUMMARY)
    title = entry.find(f"{ATOM}title")
    assert title.get("type") in (None, "text") and title.text == TITLE
    content = entry.find(f"{ATOM}content")
    assert content.get("type") == "html"
    body = html_fragment(content.text)
    assert elements(body, "script") == [] and len(elements(body, "b")) == 1
    assert body.xpath("//p[@class='attribution']/a")[0].text_content() == TITLE
    assert TAG in [c.get("label") for c in entry.iterfind(f"{ATOM}category")]
    description = entry.find(f"{MEDIA}content/{MEDIA}description")
    assert (description.get("type"), description.text) == ("plain", ALT)


def test_atom_event_summary_is_the_literal_text(escaping_site):
    summary = atom_entry(escaping_site, "acara/atom.xml").find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert summary.text == f"{EVENT_LEAD} — {EVENT_SUMMARY}"


def test_feedparser_reads_atom_text_as_text(escaping_site):
    entry = next(e for e in escaping_site.feed("berita/atom.xml").entries if e.title == TITLE)
    assert entry.summary_detail.type == "text/plain"
    assert entry.summary == SUMMARY
    assert (entry.title_detail.type, entry.title) == ("text/plain", TITLE)
    assert entry.content[0].type == "text/html"
    assert "<script" not in entry.content[0].value
    assert TAG in [tag.label for tag in entry.tags]


# --- JSON Feed 1.1: title and summary are text, content_html is HTML ---


def test_json_feed_text_fields_are_the_literal_text(escaping_site):
    [item] = [i for i in json.loads(escaping_site.text("berita/feed.json"))["items"] if i["title"] == TITLE]
    assert item["summary"] == SUMMARY
    assert TAG in item["tags"]
    assert item["attachments"][0]["title"] == ALT
    body = html_fragment(item["content_html"])
    assert elements(body, "script") == [] and len(elements(body, "b")) == 1
    assert body.xpath("//p[@class='attribution']/a")[0].text_content() == TITLE


def test_json_feed_event_text_fields_are_the_literal_text(escaping_site):
    [item] = [i for i in json.loads(escaping_site.text("acara/feed.json"))["items"] if i["title"] == EVENT_TITLE]
    assert item["summary"] == f"{EVENT_LEAD} — {EVENT_SUMMARY}"
    assert item["_silihtulungan"]["event"]["place"] == f"{VENUE}, {ADDRESS}"


# --- oEmbed: html is one iframe; title and author_name are text ---


def test_oembed_html_is_exactly_one_iframe_titled_with_the_literal_title(escaping_site):
    response = json.loads(escaping_site.text(f"{CARD}oembed.json"))
    assert response["title"] == TITLE
    assert response["author_name"] == "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"
    wrapper = html_fragment(response["html"])
    assert wrapper.text is None
    [frame] = list(wrapper)
    assert frame.tag == "iframe" and len(frame) == 0 and frame.text is None and frame.tail is None
    assert frame.get("title") == TITLE
    assert frame.get("src") == f"{SITEURL}/{CARD}"


# --- the republish HTML bloggers copy from the brief page ---


def republish_snippet(site: Site, field: str):
    """Return the snippet as a blogger copies it out of the page's textarea, parsed as their editor would."""
    [area] = site.html(f"{BRIEF_PAGE}index.html").xpath(f"//textarea[@id='{field}']")
    return html_fragment(area.text_content())


@pytest.mark.parametrize("field", ["html-ringkas", "html-lengkap"])
def test_republish_snippet_holds_the_literal_text(escaping_site, field):
    snippet = republish_snippet(escaping_site, field)
    assert elements(snippet, "script", "i") == []
    [article] = list(snippet)
    assert article.find("h2/a").text_content() == TITLE
    image = article.find("figure/img")
    assert image.get("alt") == ALT
    assert article.find("figure/figcaption").text_content() == f"Foto: {SITENAME}"
    assert article.xpath("p[last()]/a")[0].text_content() == f"{TITLE} — {SITENAME}"


def test_short_republish_snippet_carries_the_summary_as_text(escaping_site):
    [article] = list(republish_snippet(escaping_site, "html-ringkas"))
    assert elements(article, "b") == []
    assert article.xpath("p")[0].text_content() == SUMMARY


def test_share_caption_is_the_literal_share_text(escaping_site):
    [area] = escaping_site.html(f"{BRIEF_PAGE}index.html").xpath("//textarea[@id='teks-bagikan']")
    assert area.text_content().startswith(f"{SHARE_TEXT}\n\n#Aman\n\n")


# --- page heads: descriptions are plain text, never stripped as if they were HTML ---


@pytest.mark.parametrize(
    ("page", "description"),
    [
        (f"{BRIEF_PAGE}index.html", SUMMARY),
        (f"{CARD}index.html", SUMMARY),
        (f"{EVENT_PAGE}index.html", f"{EVENT_LEAD}. {EVENT_SUMMARY}"),
    ],
)
def test_meta_descriptions_are_the_literal_text(escaping_site, page, description):
    head = escaping_site.html(page)
    assert head.xpath("//meta[@name='description']/@content") == [description]
    assert head.xpath("//meta[@property='og:description']/@content") == [description]
    assert head.xpath("//meta[@property='og:title']/@content") == [EVENT_TITLE if "acara" in page else TITLE]


# --- the widget: feed text goes into the host page only as text ---

WIDGET = ROOT / "theme" / "static" / "js" / "widget.js"
# Everything that parses a string as markup in a page.
HTML_SINKS = re.compile(
    r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|srcdoc|setHTML"
    r"|\.html\s*\(|eval\s*\(|new\s+Function"
)


def widget_code(strings: bool = True) -> str:
    """Return widget.js without its comments (which may name what it avoids), optionally without string literals."""
    code = re.sub(r"/\*.*?\*/", "", WIDGET.read_text(encoding="utf-8"), flags=re.DOTALL)
    if not strings:
        code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', code)
    return re.sub(r"^\s*//[^\n]*|\s//[^\n]*", "", code, flags=re.MULTILINE)


def test_widget_script_has_no_html_sink():
    code = widget_code()
    assert HTML_SINKS.findall(code) == []
    assert re.search(r"\[\s*[\"'`]", code) is None  # no computed property names that could hide one
    assert "node.textContent = text" in code


def test_widget_reads_only_text_and_url_fields_of_the_feed():
    code = widget_code(strings=False)
    assert set(re.findall(r"\bentry\.(\w+)", code)) == {"url", "title", "image", "date_published", "summary"}
    assert set(re.findall(r"\bfeed\.(\w+)", code)) == {"items", "title", "home_page_url"}
    assert "content_html" not in code and "content_text" not in code


@pytest.mark.browser
def test_widget_shows_the_hostile_brief_as_literal_text(browser, escaping_site):
    server, host = site_server(escaping_site.output), HostServer()
    session = open_session(browser, StaticSite(escaping_site.output))
    try:
        page = session.page
        page.goto(host.page("/muatan.html", f'<script src="{server.url}/embed/widget.js" async></script>'))
        widget = page.locator("silih-tulungan-berita")
        widget.locator("ul > li").first.wait_for()
        assert widget.locator("ul > li").count() == 1
        item = widget.locator("ul > li").first
        assert item.locator("a.t").inner_text() == TITLE
        assert item.locator("span.s").inner_text() == SUMMARY
        assert widget.locator("script, b, i, iframe").count() == 0
        page.wait_for_timeout(300)  # an injected script or handler would have run by now
        dialogs, errors = list(session.dialogs), list(session.errors)
    finally:
        session.page.context.close()
        host.close()
        server.close()
    assert dialogs == [] and errors == []
    assert session.foreign == []


# --- iCalendar and JSON-LD ---


@pytest.mark.parametrize("name", [f"{EVENT_PAGE}acara-muatan.ics", "acara/kalender.ics"])
def test_calendar_text_round_trips_literally(escaping_site, name):
    calendar = icalendar.Calendar.from_ical(escaping_site.path(name).read_bytes())
    [event] = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == EVENT_TITLE]
    assert str(event["LOCATION"]) == f"{VENUE}, {ADDRESS}"
    description = str(event["DESCRIPTION"])
    assert description.startswith(f"{EVENT_SUMMARY}\n\n")
    assert f"\nTempat: {VENUE}, {ADDRESS}\n" in description


def test_json_ld_parses_to_the_literal_text_and_stays_in_its_script(escaping_site):
    page = escaping_site.html(f"{EVENT_PAGE}index.html")
    [script] = page.xpath("//script[@type='application/ld+json']")
    assert "<" not in script.text and ">" not in script.text
    data = json.loads(script.text)
    assert (data["name"], data["description"]) == (EVENT_TITLE, EVENT_SUMMARY)
    assert (data["location"]["name"], data["location"]["address"]["streetAddress"]) == (VENUE, ADDRESS)
    assert data["performer"] == [{"@type": "Person", "name": SPEAKER, "description": ROLE}]
    # The payload's </script> closed nothing: every other script on the page is the theme's own.
    assert all(s.get("src") for s in page.xpath("//script") if s is not script)
