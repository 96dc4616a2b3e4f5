"""The oembed plugin's settings: defaults, checked once, as a frozen value (pure)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULTS = {
    # Under embed/, the one folder meant to be framed; keyed by Uid so embeds survive a slug change.
    "OEMBED_CARD_URL": "embed/kartu/{uid}/",
    "OEMBED_WIDTH": 480,
    "OEMBED_CACHE_AGE": 86400,
}
RESPONSE_FILE = "oembed.json"


@dataclass(frozen=True)
class OEmbedSettings:
    """Everything the oembed plugin reads from the settings."""

    siteurl: str
    sitename: str
    organisation: str
    organisation_url: str
    card_url: str  # pattern with {uid}
    width: int
    cache_age: int

    def card_path(self, uid: str) -> str:
        """Return the site-relative folder of a brief's card page."""
        return self.card_url.format(uid=uid)

    def response_url(self, uid: str) -> str:
        """Return the absolute URL of a brief's oEmbed JSON."""
        return f"{self.siteurl}/{self.card_path(uid)}{RESPONSE_FILE}"


def _positive(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        msg = f"{name} must be a positive whole number: {value!r}"
        raise ValueError(msg)
    return value


def load_settings(settings: dict) -> OEmbedSettings:
    """Merge the user's ``OEMBED_*`` settings over the defaults and check them."""
    merged = {**DEFAULTS, **{k: v for k, v in settings.items() if k in DEFAULTS}}
    card_url = str(merged["OEMBED_CARD_URL"])
    if "{uid}" not in card_url or not card_url.endswith("/") or card_url.startswith("/"):
        msg = f'OEMBED_CARD_URL must be a folder URL with {{uid}}, like "embed/kartu/{{uid}}/": {card_url!r}'
        raise ValueError(msg)
    return OEmbedSettings(
        siteurl=settings["SITEURL"],
        sitename=settings["SITENAME"],
        organisation=settings["ORGANISATION"],
        organisation_url=settings["ORGANISATION_URL"],
        card_url=card_url,
        width=_positive("OEMBED_WIDTH", merged["OEMBED_WIDTH"]),
        cache_age=_positive("OEMBED_CACHE_AGE", merged["OEMBED_CACHE_AGE"]),
    )
