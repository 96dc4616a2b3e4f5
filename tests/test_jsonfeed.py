"""JSON Feed 1.1: a small checker of the spec's rules, and the serialiser checked against it."""

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest
from lxml import etree

from feeds.build import build_feed, serialise
from feeds.campaign_ns import CAMPAIGN_NS
from feeds.item import Category, Enclosure, EventInfo, FeedItem, FeedMeta, item_id
from feeds.jsonfeed import EXTENSION, VERSION, dump_json, json_feed

# --- the checker: https://www.jsonfeed.org/version/1.1/ ---

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
EXTENSION_KEY = re.compile(r"^_[A-Za-z]")
FEED_STRINGS = ("title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon")
FEED_URLS = ("home_page_url", "feed_url", "next_url", "icon", "favicon")
FEED_KEYS = {*FEED_STRINGS, "version", "authors", "language", "expired", "hubs", "items"}
ITEM_STRINGS = ("id", "url", "external_url", "title", "content_html", "content_text", "summary", "image")
ITEM_STRINGS += ("banner_image", "date_published", "date_modified", "language")
ITEM_URLS = ("url", "external_url", "image", "banner_image")
ITEM_KEYS = {*ITEM_STRINGS, "authors", "tags", "attachments"}


def is_url(value) -> bool:
    return isinstance(value, str) and bool(re.match(r"^https?://[^\s/]+", value))


def author_problems(authors, where: str) -> list[str]:
    if not isinstance(authors, list) or not authors:
        return [f"{where}: authors must be a non-empty array"]
    problems = []
    for author in authors:
        fields = {k: v for k, v in author.items() if k in ("name", "url", "avatar")} if isinstance(author, dict) else {}
        if not fields or not all(isinstance(v, str) for v in fields.values()):
            problems.append(f"{where}: an author needs name, url or avatar as strings: {author!r}")
    return problems


def extension_problems(obj: dict, known: set, where: str) -> list[str]:
    problems = []
    for key, value in obj.items():
        if key in known:
            continue
        if not EXTENSION_KEY.match(key):
            problems.append(f"{where}: unknown key {key!r} (extensions start with _ and a letter)")
        elif not isinstance(value, dict):
            problems.append(f"{where}: extension {key!r} must be an object")
    return problems


def item_problems(item, index: int) -> list[str]:
    where = f"items[{index}]"
    if not isinstance(item, dict):
        return [f"{where}: must be an object"]
    problems = [f"{where}.{k}: must be a string" for k in ITEM_STRINGS if k in item and not isinstance(item[k], str)]
    problems += [f"{where}.{k}: must be an absolute URL" for k in ITEM_URLS if k in item and not is_url(item[k])]
    if not item.get("id"):
        problems.append(f"{where}: id is required")
    if "content_html" not in item and "content_text" not in item:
        problems.append(f"{where}: content_html or content_text is required")
    for key in ("date_published", "date_modified"):
        if key in item and not (isinstance(item[key], str) and RFC3339.match(item[key])):
            problems.append(f"{where}.{key}: must be RFC 3339: {item[key]!r}")
    if "tags" in item and not (isinstance(item["tags"], list) and all(isinstance(t, str) for t in item["tags"])):
        problems.append(f"{where}.tags: must be an array of strings")
    if "authors" in item:
        problems += author_problems(item["authors"], where)
    for attachment in item.get("attachments", []):
        if not (is_url(attachment.get("url")) and isinstance(attachment.get("mime_type"), str)):
            problems.append(f"{where}: attachments need url and mime_type: {attachment!r}")
        for key in ("size_in_bytes", "duration_in_seconds"):
            if key in attachment and not isinstance(attachment[key], int | float):
                problems.append(f"{where}: attachment {key} must be a number")
    return problems + extension_problems(item, ITEM_KEYS, where)


def json_feed_problems(feed) -> list[str]:
    """Return every way ``feed`` breaks the JSON Feed 1.1 rules (empty when it is valid)."""
    if not isinstance(feed, dict):
        return ["the feed must be a JSON object"]
    problems = []
    if feed.get("version") != VERSION:
        problems.append(f"version must be {VERSION!r}: {feed.get('version')!r}")
    if not isinstance(feed.get("title"), str) or not feed.get("title"):
        problems.append("title is required")
    problems += [f"{k}: must be a string" for k in FEED_STRINGS if k in feed and not isinstance(feed[k], str)]
    problems += [f"{k}: must be an absolute URL" for k in FEED_URLS if k in feed and not is_url(feed[k])]
    if "expired" in feed and not isinstance(feed["expired"], bool):
        problems.append("expired must be a boolean")
    if "authors" in feed:
        problems += author_problems(feed["authors"], "feed")
    for hub in feed.get("hubs", []):
        if not (isinstance(hub, dict) and isinstance(hub.get("type"), str) and is_url(hub.get("url"))):
            problems.append(f"hubs need type and url: {hub!r}")
    items = feed.get("items")
    if not isinstance(items, list):
        return [*problems, "items must be an array"]
    for index, item in enumerate(items):
        problems += item_problems(item, index)
    ids = [item.get("id") for item in items if isinstance(item, dict)]
    if len(ids) != len(set(ids)):
        problems.append("item ids must be unique")
    return problems + extension_problems(feed, FEED_KEYS, "feed")


# --- the checker can fail ---

VALID = {
    "version": VERSION,
    "title": "Hub",
    "items": [{"id": "urn:uuid:1", "content_html": "<p>x</p>", "date_published": "2026-05-01T09:00:00+07:00"}],
}


def test_checker_accepts_a_minimal_feed():
    assert json_feed_problems(VALID) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"version": "https://jsonfeed.org/version/1"}, "version"),
        ({"title": None}, "title"),
        ({"feed_url": "/berita/feed.json"}, "feed_url"),
        ({"authors": [{}]}, "author"),
        ({"author": {"name": "x"}}, "unknown key 'author'"),
        ({"_silihtulungan": "x"}, "must be an object"),
        ({"hubs": [{"type": "WebSub"}]}, "hubs"),
        ({"items": {}}, "items must be an array"),
        ({"items": [{"content_html": "x"}]}, "id is required"),
        ({"items": [{"id": "1"}]}, "content_html or content_text"),
        ({"items": [{"id": 1, "content_text": "x"}]}, "must be a string"),
        ({"items": [{"id": "1", "content_text": "x", "date_published": "2026-05-01 09:00"}]}, "RFC 3339"),
        ({"items": [{"id": "1", "content_text": "x", "date_modified": "2026-05-01T09:00:00"}]}, "RFC 3339"),
        ({"items": [{"id": "1", "content_text": "x", "tags": "a, b"}]}, "tags"),
        ({"items": [{"id": "1", "content_text": "x", "attachments": [{"url": "https://s.test/a.jpg"}]}]}, "mime"),
        ({"items": [{"id": "1", "content_text": "x"}, {"id": "1", "content_text": "y"}]}, "unique"),
    ],
)
def test_checker_rejects_what_the_spec_forbids(change, problem):
    problems = json_feed_problems({**VALID, **change})
    assert any(problem in p for p in problems), problems


# --- the serialiser ---

JKT = ZoneInfo("Asia/Jakarta")
META = FeedMeta(
    "https://s.test/berita/",
    "Semua Berita",
    "Kabar baik",
    "https://s.test/berita/",
    "Diskominfo",
    "https://s.test/tentang/",
    license_url="https://creativecommons.org/licenses/by/4.0/",
    license_name="CC BY 4.0",
)
FEED_URL = "https://s.test/berita/feed.json"


def item(n, event=None):
    return FeedItem(
        id=item_id(f"0000000{n}-0000-4000-8000-000000000000"),
        title=f"Judul {n} “Bandung” & Cimahi",
        link=f"https://s.test/berita/{n}/",
        content_html=f'<p>Isi {n}</p><p class="attribution">Sumber: …</p>',
        summary=f"Ringkasan {n}",
        categories=(
            Category("kesehatan", "Kesehatan", "https://s.test/program/kesehatan/"),
            Category("kota-bandung", "Kota Bandung", "https://s.test/wilayah/kota-bandung/"),
        ),
        published=dt.datetime(2026, 5, n, 9, tzinfo=JKT),
        updated=dt.datetime(2026, 5, n, 10, 30, tzinfo=JKT),
        image=Enclosure(f"https://s.test/images/{n}.jpg", 1234, "image/jpeg", "Foto") if n % 2 else None,
        event=event,
    )


ITEMS = [item(3), item(2), item(1)]


def test_json_feed_is_valid_and_describes_itself():
    feed = json_feed(META, ITEMS, FEED_URL)
    assert json_feed_problems(feed) == []
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert (feed["home_page_url"], feed["feed_url"], feed["language"]) == ("https://s.test/berita/", FEED_URL, "id")
    assert feed["authors"] == [{"name": "Diskominfo", "url": "https://s.test/tentang/"}]
    assert "hubs" not in feed


def test_json_items_mirror_the_feed_items():
    first = json_feed(META, ITEMS, FEED_URL)["items"][0]
    assert first["id"] == "urn:uuid:00000003-0000-4000-8000-000000000000"
    assert first["url"] == "https://s.test/berita/3/"
    assert first["title"] == "Judul 3 “Bandung” & Cimahi"
    assert first["content_html"] == ITEMS[0].content_html and first["summary"] == "Ringkasan 3"
    assert (first["date_published"], first["date_modified"]) == (
        "2026-05-03T09:00:00+07:00",
        "2026-05-03T10:30:00+07:00",
    )
    assert first["tags"] == ["Kesehatan", "Kota Bandung"]
    assert first["image"] == "https://s.test/images/3.jpg"
    assert first["attachments"] == [
        {"url": "https://s.test/images/3.jpg", "mime_type": "image/jpeg", "size_in_bytes": 1234, "title": "Foto"}
    ]
    assert "image" not in json_feed(META, ITEMS, FEED_URL)["items"][1]


def test_ids_are_equal_across_rss_atom_and_json():
    fg = build_feed(META, ITEMS)
    rss = etree.fromstring(serialise(fg, "rss", "https://s.test/berita/rss.xml")).xpath("//item/guid/text()")
    atom = etree.fromstring(serialise(fg, "atom", "https://s.test/berita/atom.xml")).xpath(
        "//a:entry/a:id/text()", namespaces={"a": "http://www.w3.org/2005/Atom"}
    )
    assert [i["id"] for i in json_feed(META, ITEMS, FEED_URL)["items"]] == rss == atom == [i.id for i in ITEMS]


def test_licence_is_an_extension_object():
    feed = json_feed(META, ITEMS, FEED_URL)
    assert feed[EXTENSION]["license"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert feed[EXTENSION]["license"]["name"] == "CC BY 4.0"
    assert feed[EXTENSION]["about"] == CAMPAIGN_NS
    unlicensed = FeedMeta(**{**META.__dict__, "license_url": ""})
    assert EXTENSION not in json_feed(unlicensed, ITEMS, FEED_URL)


def test_event_schedule_is_an_item_extension():
    event = EventInfo(
        dt.datetime(2026, 6, 1, 9, tzinfo=JKT), dt.datetime(2026, 6, 1, 12, tzinfo=JKT), "Gedung Sate", "postponed"
    )
    feed = json_feed(META, [item(1, event=event), item(2)], FEED_URL)
    assert json_feed_problems(feed) == []
    assert feed["items"][0][EXTENSION]["event"] == {
        "start": "2026-06-01T09:00:00+07:00",
        "end": "2026-06-01T12:00:00+07:00",
        "place": "Gedung Sate",
        "status": "postponed",
    }
    assert EXTENSION not in feed["items"][1]


def test_campaign_params_tag_urls_never_ids():
    meta = FeedMeta(**{**META.__dict__, "campaign_params": (("utm_source", "feed"), ("utm_medium", "syndication"))})
    feed = json_feed(meta, ITEMS, FEED_URL)
    first = feed["items"][0]
    assert first["url"] == "https://s.test/berita/3/?utm_source=feed&utm_medium=syndication"
    assert first["id"] == ITEMS[0].id
    assert "utm_" not in feed["home_page_url"] + feed["feed_url"]


def test_websub_hub_is_listed_when_set():
    feed = json_feed(FeedMeta(**{**META.__dict__, "hub": "https://hub.websub.test/"}), ITEMS, FEED_URL)
    assert feed["hubs"] == [{"type": "WebSub", "url": "https://hub.websub.test/"}]
    assert json_feed_problems(feed) == []


def test_naive_dates_are_refused():
    naive = FeedItem(**{**item(1).__dict__, "published": dt.datetime(2026, 5, 1, 9)})
    with pytest.raises(ValueError, match="timezone-aware"):
        json_feed(META, [naive], FEED_URL)


def test_dump_is_utf8_json_that_reads_back_the_same():
    feed = json_feed(META, ITEMS, FEED_URL)
    data = dump_json(feed)
    assert "“Bandung”".encode() in data  # not \u-escaped
    assert json.loads(data.decode("utf-8")) == feed
