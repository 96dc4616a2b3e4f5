"""The feeds plugin's settings: defaults, checked once, as a frozen value (pure)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULTS = {
    "FEEDS_MAX_ITEMS": 30,
    "FEEDS_LICENSE_URL": "https://creativecommons.org/licenses/by/4.0/",
    "FEEDS_LICENSE_NAME": "CC BY 4.0",
    "FEEDS_CAMPAIGN_PARAMS": {},
    "FEEDS_WEBSUB_HUB": None,
}
# Where Pelican copies theme/static/xsl/feed.xsl, below THEME_STATIC_DIR.
STYLESHEET_PATH = "xsl/feed.xsl"


@dataclass(frozen=True)
class FeedsSettings:
    """Everything the feeds plugin reads from the settings."""

    siteurl: str
    sitename: str
    subtitle: str
    organisation: str
    organisation_url: str
    max_items: int
    license_url: str
    license_name: str
    campaign_params: tuple[tuple[str, str], ...]
    websub_hub: str
    stylesheet_url: str


def _absolute_or_empty(name: str, value: object) -> str:
    """Return an optional URL setting, which must be absolute when set."""
    text = str(value or "").strip()
    if text and not text.startswith(("http://", "https://")):
        msg = f"{name} must be an absolute http(s) URL or empty: {value!r}"
        raise ValueError(msg)
    return text


def _campaign_params(value: object) -> tuple[tuple[str, str], ...]:
    """Return ``FEEDS_CAMPAIGN_PARAMS`` as ordered (name, value) pairs."""
    params = value or {}
    if not isinstance(params, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in params.items()):
        msg = f'FEEDS_CAMPAIGN_PARAMS must map names to values, e.g. {{"utm_source": "feed"}}: {value!r}'
        raise ValueError(msg)
    return tuple(params.items())


def load_settings(settings: dict) -> FeedsSettings:
    """Merge the user's ``FEEDS_*`` settings over the defaults and check them."""
    merged = {**DEFAULTS, **{k: v for k, v in settings.items() if k in DEFAULTS}}
    max_items = merged["FEEDS_MAX_ITEMS"]
    if not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 1:
        msg = f"FEEDS_MAX_ITEMS must be a positive whole number: {max_items!r}"
        raise ValueError(msg)
    siteurl = settings["SITEURL"]
    return FeedsSettings(
        siteurl=siteurl,
        sitename=settings["SITENAME"],
        subtitle=settings["SITESUBTITLE"],
        organisation=settings["ORGANISATION"],
        organisation_url=settings["ORGANISATION_URL"],
        max_items=max_items,
        license_url=_absolute_or_empty("FEEDS_LICENSE_URL", merged["FEEDS_LICENSE_URL"]),
        license_name=str(merged["FEEDS_LICENSE_NAME"] or "").strip(),
        campaign_params=_campaign_params(merged["FEEDS_CAMPAIGN_PARAMS"]),
        websub_hub=_absolute_or_empty("FEEDS_WEBSUB_HUB", merged["FEEDS_WEBSUB_HUB"]),
        stylesheet_url=f"{siteurl}/{settings.get('THEME_STATIC_DIR', 'theme')}/{STYLESHEET_PATH}",
    )
