"""The feeds plugin's settings: defaults, checked once, as a frozen value (pure)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULTS = {
    "FEEDS_MAX_ITEMS": 30,
    "FEEDS_LICENSE_URL": "https://creativecommons.org/licenses/by/4.0/",
    "FEEDS_LICENSE_NAME": "CC BY 4.0",
    "FEEDS_CAMPAIGN_PARAMS": {},
    "FEEDS_WEBSUB_HUB": None,
    "FEEDS_HELP_URL": "",
}


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
    help_url: str  # absolute URL of the HTML page on how to subscribe ("" for none)


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


def _site_path(name: str, value: object) -> str:
    """Return an optional site-relative address (``untuk-blogger/#cara-langganan``), checked."""
    text = str(value or "").strip()
    if text.startswith("/") or "://" in text or text.startswith("//"):
        msg = f'{name} must be an address on this site like "untuk-blogger/#cara-langganan", or empty: {value!r}'
        raise ValueError(msg)
    return text


def load_settings(settings: dict) -> FeedsSettings:
    """Merge the user's ``FEEDS_*`` settings over the defaults and check them."""
    merged = {**DEFAULTS, **{k: v for k, v in settings.items() if k in DEFAULTS}}
    max_items = merged["FEEDS_MAX_ITEMS"]
    if not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 1:
        msg = f"FEEDS_MAX_ITEMS must be a positive whole number: {max_items!r}"
        raise ValueError(msg)
    siteurl = settings["SITEURL"]
    help_path = _site_path("FEEDS_HELP_URL", merged["FEEDS_HELP_URL"])
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
        help_url=f"{siteurl}/{help_path}" if help_path else "",
    )
