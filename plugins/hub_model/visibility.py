"""The one place that decides whether an item is public: every output asks this module.

An item is public only when it is not a draft, its date has come (embargo), it has not expired
and it has not been withdrawn. Withdrawn and expired items keep their page (with a notice, as
GOV.UK does) but leave every listing, feed, calendar and widget; drafts and embargoed items are
never written at all.
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

    @property
    def pelican_status(self) -> str:
        """Map to Pelican's status: published is listed, hidden is written unlisted, draft is dropped."""
        if self is Visibility.PUBLIC:
            return "published"
        if self in (Visibility.WITHDRAWN, Visibility.EXPIRED):
            return "hidden"
        return "draft"

    @property
    def listed(self) -> bool:
        """Tell whether the item may appear in listings, feeds, calendars and widgets."""
        return self is Visibility.PUBLIC


EDITOR_STATUSES = ("published", "draft", "withdrawn")


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
