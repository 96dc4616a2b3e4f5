"""The widget plugin's settings: defaults, checked once, as a frozen value (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from widget.embeds import MAX_COUNT

DEFAULTS = {
    "WIDGET_PAGE_URL": "untuk-blogger/",
    "WIDGET_ITEM_COUNT": 5,
    "WIDGET_IFRAME_ITEMS": 10,
}


@dataclass(frozen=True)
class WidgetSettings:
    """Everything the widget plugin reads from the settings."""

    siteurl: str
    sitename: str
    page_url: str  # the "Untuk Blogger & Kreator" page
    item_count: int  # the generator's default count
    iframe_items: int  # briefs in each prebuilt iframe list

    @property
    def page_save_as(self) -> str:
        """Return the output path of the blogger page."""
        return f"{self.page_url}index.html"


def _count(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_COUNT:
        msg = f"{name} must be a whole number from 1 to {MAX_COUNT}: {value!r}"
        raise ValueError(msg)
    return value


def load_settings(settings: dict) -> WidgetSettings:
    """Merge the user's ``WIDGET_*`` settings over the defaults and check them."""
    merged = {**DEFAULTS, **{k: v for k, v in settings.items() if k in DEFAULTS}}
    page_url = str(merged["WIDGET_PAGE_URL"]).strip()
    if not page_url.endswith("/") or page_url.startswith("/"):
        msg = f'WIDGET_PAGE_URL must be a folder URL like "untuk-blogger/": {page_url!r}'
        raise ValueError(msg)
    return WidgetSettings(
        siteurl=settings["SITEURL"],
        sitename=settings["SITENAME"],
        page_url=page_url,
        item_count=_count("WIDGET_ITEM_COUNT", merged["WIDGET_ITEM_COUNT"]),
        iframe_items=_count("WIDGET_IFRAME_ITEMS", merged["WIDGET_IFRAME_ITEMS"]),
    )
