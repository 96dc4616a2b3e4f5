"""Who runs the site, as the identity bar and the footer of every page show it: checked once, frozen (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULTS = {
    "IDENTITY_PARENT": "",  # the government the office belongs to, e.g. "Pemerintah Daerah Provinsi Jawa Barat"
    "IDENTITY_EMBLEM": "theme/img/lambang.svg",  # site-relative; a neutral placeholder ships with the theme
    "IDENTITY_ADDRESS": "",
    "IDENTITY_PHONE": "",
    "IDENTITY_WHATSAPP": "",
    "IDENTITY_EMAIL": "",
    "IDENTITY_HOURS": "",
    "IDENTITY_SOCIAL": {},  # platform name -> https address of the office's account
    "IDENTITY_COPYRIGHT_SINCE": None,  # the year the site first went live
}
PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,}$")
EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[a-z]{2,}$", re.I)


@dataclass(frozen=True)
class Link:
    """A labelled address (a social account, a phone number…)."""

    label: str
    href: str


@dataclass(frozen=True)
class Identity:
    """The office behind the site: name, emblem, contacts, accounts, copyright and licence."""

    office: str  # ORGANISATION
    parent: str
    emblem_url: str  # absolute
    address: str
    phone: str
    whatsapp: str
    email: str
    hours: str
    social: tuple[Link, ...]
    copyright_since: int | None
    licence: Link  # the feeds' licence (FEEDS_LICENSE_NAME, FEEDS_LICENSE_URL), which covers the content

    @property
    def phone_href(self) -> str:
        """Return the ``tel:`` link of the phone number ("" without one)."""
        return "tel:" + digits(self.phone, keep_plus=True) if self.phone else ""

    @property
    def whatsapp_href(self) -> str:
        """Return the WhatsApp chat link of the number ("" without one); wa.me wants the digits only."""
        return "https://wa.me/" + digits(self.whatsapp) if self.whatsapp else ""

    @property
    def email_href(self) -> str:
        """Return the ``mailto:`` link of the address ("" without one)."""
        return f"mailto:{self.email}" if self.email else ""

    @property
    def copyright(self) -> str:
        """Return the copyright line, e.g. "© 2026 Dinas …" (the year comes from the settings, not the clock)."""
        year = f"{self.copyright_since} " if self.copyright_since else ""
        return f"© {year}{self.office}"


def digits(number: str, keep_plus: bool = False) -> str:
    """Return a phone number's digits (and its leading "+", when asked)."""
    plus = "+" if keep_plus and number.strip().startswith("+") else ""
    return plus + re.sub(r"\D", "", number)


def _text(name: str, value: object) -> str:
    if not isinstance(value, str) or "\n" in value.strip():
        msg = f"{name} must be one line of text: {value!r}"
        raise ValueError(msg)
    return value.strip()


def _phone(name: str, value: object) -> str:
    text = _text(name, value)
    if text and not PHONE.match(text):
        msg = f'{name} must be a phone number such as "+62 22 1234 5678": {value!r}'
        raise ValueError(msg)
    if text and name == "IDENTITY_WHATSAPP" and not text.startswith("+"):
        msg = f'{name} must be written with its country code, such as "+62 811 2345 6789": {value!r}'
        raise ValueError(msg)
    return text


def _emblem(value: object) -> str:
    path = _text("IDENTITY_EMBLEM", value)
    parts = urlsplit(path)
    if not path or parts.scheme or parts.netloc or path.startswith("/") or ".." in path.split("/"):
        msg = f'IDENTITY_EMBLEM must be a path on this site, like "theme/img/lambang.svg": {value!r}'
        raise ValueError(msg)
    return path


def _social(value: object) -> tuple[Link, ...]:
    if not isinstance(value, dict):
        msg = (
            f'IDENTITY_SOCIAL must map platform names to https addresses, e.g. {{"Instagram": "https://…"}}: {value!r}'
        )
        raise ValueError(msg)  # noqa: TRY004 (a settings mistake, reported like every other one)
    links = []
    for label, href in value.items():
        if not isinstance(label, str) or not isinstance(href, str) or urlsplit(href).scheme != "https":
            msg = f"IDENTITY_SOCIAL: {label!r} must name an https address: {href!r}"
            raise ValueError(msg)
        links.append(Link(label.strip(), href.strip()))
    return tuple(links)


def _year(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1990 <= value <= 2100:
        msg = f"IDENTITY_COPYRIGHT_SINCE must be a year such as 2026: {value!r}"
        raise ValueError(msg)
    return value


def load_settings(settings: dict) -> Identity:
    """Merge the user's ``IDENTITY_*`` settings over the defaults and check them."""
    merged = {**DEFAULTS, **{k: v for k, v in settings.items() if k in DEFAULTS}}
    email = _text("IDENTITY_EMAIL", merged["IDENTITY_EMAIL"])
    if email and not EMAIL.match(email):
        msg = f"IDENTITY_EMAIL must be an e-mail address: {email!r}"
        raise ValueError(msg)
    siteurl = str(settings["SITEURL"]).rstrip("/")
    return Identity(
        office=_text("ORGANISATION", settings["ORGANISATION"]),
        parent=_text("IDENTITY_PARENT", merged["IDENTITY_PARENT"]),
        emblem_url=f"{siteurl}/{_emblem(merged['IDENTITY_EMBLEM'])}",
        address=_text("IDENTITY_ADDRESS", merged["IDENTITY_ADDRESS"]),
        phone=_phone("IDENTITY_PHONE", merged["IDENTITY_PHONE"]),
        whatsapp=_phone("IDENTITY_WHATSAPP", merged["IDENTITY_WHATSAPP"]),
        email=email,
        hours=_text("IDENTITY_HOURS", merged["IDENTITY_HOURS"]),
        social=_social(merged["IDENTITY_SOCIAL"]),
        copyright_since=_year(merged["IDENTITY_COPYRIGHT_SINCE"]),
        licence=Link(str(settings.get("FEEDS_LICENSE_NAME") or ""), str(settings.get("FEEDS_LICENSE_URL") or "")),
    )
