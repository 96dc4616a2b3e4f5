"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from the same FeedMeta and FeedItems (pure).

feedgen has no JSON Feed, and the format is plain JSON: the standard library writes it. What the
spec has no field for (the licence, an event's schedule) goes in our ``_silihtulungan`` extension
object, which readers that do not know it must ignore (spec: "Extensions").
"""

from __future__ import annotations

import datetime as dt
import json

from feeds.campaign_ns import CAMPAIGN_NS
from feeds.item import EventInfo, FeedItem, FeedMeta, tagged_link

VERSION = "https://jsonfeed.org/version/1.1"
EXTENSION = "_silihtulungan"


def rfc3339(moment: dt.datetime) -> str:
    """Return an aware datetime as RFC 3339 text (``2026-05-10T09:00:00+07:00``)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        msg = f"feed dates must be timezone-aware: {moment!r}"
        raise ValueError(msg)
    return moment.isoformat(timespec="seconds")


def json_event(event: EventInfo) -> dict:
    """Return an event's schedule and place, as our extension states it."""
    return {"start": rfc3339(event.start), "end": rfc3339(event.end), "place": event.place, "status": event.status}


def json_item(meta: FeedMeta, item: FeedItem) -> dict:
    """Return one item; its ``id`` is the same URN the RSS guid and Atom id carry."""
    out = {
        "id": item.id,
        "url": tagged_link(item.link, meta.campaign_params),
        "title": item.title,
        "content_html": item.content_html,
        "summary": item.summary,
        "date_published": rfc3339(item.published),
        "date_modified": rfc3339(item.updated),
        "tags": [category.label for category in item.categories],
        "authors": [{"name": meta.author, "url": meta.author_url}],
        "language": meta.language,
    }
    if item.image:
        out["image"] = item.image.url
        attachment = {"url": item.image.url, "mime_type": item.image.mime, "size_in_bytes": item.image.length}
        if item.image.alt:
            attachment["title"] = item.image.alt
        out["attachments"] = [attachment]
    if item.event:
        out[EXTENSION] = {"about": CAMPAIGN_NS, "event": json_event(item.event)}
    return out


def json_feed(meta: FeedMeta, items: list[FeedItem], feed_url: str) -> dict:
    """Return the feed as a JSON Feed 1.1 object (``feed_url`` is where this document lives)."""
    feed = {
        "version": VERSION,
        "title": meta.title,
        "home_page_url": meta.link,
        "feed_url": feed_url,
        "description": meta.subtitle,
        "language": meta.language,
        "authors": [{"name": meta.author, "url": meta.author_url}],
    }
    if meta.reader_note:
        feed["user_comment"] = meta.reader_note
    if meta.hub:
        feed["hubs"] = [{"type": "WebSub", "url": meta.hub}]
    if meta.license_url:
        license_ = {"url": meta.license_url, "name": meta.license_name or meta.license_url, "statement": meta.rights}
        feed[EXTENSION] = {"about": CAMPAIGN_NS, "license": license_}
    feed["items"] = [json_item(meta, item) for item in items]
    return feed


def dump_json(feed: dict) -> bytes:
    """Serialise a JSON Feed as UTF-8, keeping non-ASCII text readable rather than escaped."""
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
