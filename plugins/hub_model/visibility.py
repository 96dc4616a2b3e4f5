"""The one place that decides whether an item is public, and where it appears: every output asks this module.

An item is public only when it is not a draft, its date has come (embargo), it has not expired
and it has not been withdrawn. Withdrawn and expired items keep their page (with a notice, as
GOV.UK does) but leave every listing, feed, calendar and widget; drafts and embargoed items are
never written at all.

A preview build is a separate, private site (own address, own folder, never published): there,
drafts and embargoed items are shown as they will look once public — listed everywhere, with a
banner — and everything else is placed exactly as in the public build. ``placement`` is that one rule.
"""

from __future__ import annotations

import datetime as dt
import enum


class Visibility(enum.Enum):
    """Where an item may appear."""

    PUBLIC = "public"  # page, listings, feeds
    WITHDRAWN = "withdrawn"  # page with notice only
    EXPIRED = "expired"  # page with notice only
    EMBARGOED = "embargoed"  # nowhere yet
    DRAFT = "draft"  # nowhere


class Placement(enum.Enum):
    """Where a build writes an item."""

    LISTED = "published"  # its page, and every listing, feed, calendar, widget, sitemap and search index
    PAGE_ONLY = "hidden"  # its own page only (with a notice, noindex)
    NOWHERE = "draft"  # not written at all

    @property
    def pelican_status(self) -> str:
        """Return the Pelican status that makes Pelican's generators do the same."""
        return self.value


def placement(visibility: Visibility, preview: bool) -> Placement:
    """Decide where an item of ``visibility`` appears in a public build, or in a preview build."""
    if visibility is Visibility.PUBLIC or (preview and visibility in (Visibility.DRAFT, Visibility.EMBARGOED)):
        return Placement.LISTED
    if visibility in (Visibility.WITHDRAWN, Visibility.EXPIRED):
        return Placement.PAGE_ONLY
    return Placement.NOWHERE


def decide_visibility(
    status: str | None,
    published: dt.datetime | None,
    expires: dt.datetime | None,
    now: dt.datetime,
) -> Visibility:
    """Decide an item's visibility at ``now`` from its status, publication date and expiry."""
    status = (status or "published").strip().lower()
    if status == "draft":
        return Visibility.DRAFT
    if published is not None and published > now:
        return Visibility.EMBARGOED
    if status == "withdrawn":
        return Visibility.WITHDRAWN
    if expires is not None and expires <= now:
        return Visibility.EXPIRED
    return Visibility.PUBLIC


def resolve_now(pinned: str | dt.datetime | None, tz: dt.tzinfo) -> dt.datetime:
    """Return the build's "now": the pinned instant if set (naive values are in ``tz``), else the clock."""
    if pinned is None or pinned == "":
        return dt.datetime.now(tz)
    moment = pinned if isinstance(pinned, dt.datetime) else dt.datetime.fromisoformat(str(pinned))
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)
