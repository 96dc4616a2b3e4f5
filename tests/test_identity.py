"""The identity bar and the footer: who runs the site, how to reach it, on every page, from the settings."""

from __future__ import annotations

import pytest
from identity.config import load_settings
from lxml import etree
from pelican.settings import read_settings

from tests.site import ROOT, SITEURL

SETTINGS = read_settings(str(ROOT / "pelicanconf.py"))
BASE = {"SITEURL": "https://s.test", "ORGANISATION": "Dinas Uji", "FEEDS_LICENSE_NAME": "CC BY 4.0"}


def public_pages(site) -> list[str]:
    """Every page with the site's chrome (embeds and redirect pages have none)."""
    return [n for n in site.html_files if not n.startswith("embed/") and "http-equiv" not in site.text(n)]


# --- pure ---


def test_identity_links_are_prepared_from_the_settings():
    identity = load_settings(
        {
            **BASE,
            "IDENTITY_PHONE": "+62 22 (123) 45-67",
            "IDENTITY_WHATSAPP": "+62 811-2345-6789",
            "IDENTITY_EMAIL": "humas@uji.test",
            "IDENTITY_SOCIAL": {"Instagram": "https://www.instagram.com/uji/"},
            "IDENTITY_COPYRIGHT_SINCE": 2026,
        }
    )
    assert identity.phone_href == "tel:+62221234567"
    assert identity.whatsapp_href == "https://wa.me/6281123456789"
    assert identity.email_href == "mailto:humas@uji.test"
    assert identity.copyright == "© 2026 Dinas Uji"
    assert [(link.label, link.href) for link in identity.social] == [("Instagram", "https://www.instagram.com/uji/")]
    assert identity.emblem_url == "https://s.test/theme/img/lambang.svg"


def test_identity_defaults_leave_everything_optional_out():
    identity = load_settings(BASE)
    assert (identity.phone_href, identity.whatsapp_href, identity.email_href) == ("", "", "")
    assert identity.social == () and identity.copyright == "© Dinas Uji"


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("IDENTITY_PHONE", "hubungi kami"),
        ("IDENTITY_WHATSAPP", "0811 2345 6789"),  # wa.me needs the country code
        ("IDENTITY_EMAIL", "bukan surel"),
        ("IDENTITY_SOCIAL", {"Instagram": "http://instagram.com/uji"}),
        ("IDENTITY_SOCIAL", ["https://instagram.com/uji"]),
        ("IDENTITY_EMBLEM", "https://lain.test/logo.png"),
        ("IDENTITY_EMBLEM", "/theme/img/lambang.svg"),
        ("IDENTITY_EMBLEM", "theme/../../etc/logo.svg"),
        ("IDENTITY_COPYRIGHT_SINCE", "2026"),
        ("IDENTITY_ADDRESS", "Baris\nkedua"),
    ],
)
def test_identity_settings_are_checked(setting, value):
    with pytest.raises(ValueError, match=setting):
        load_settings({**BASE, setting: value})


# --- built site ---


def test_every_page_carries_the_identity_bar_with_the_emblem(any_site):
    emblem = f"{SITEURL}/{SETTINGS['IDENTITY_EMBLEM']}"
    for name in public_pages(any_site):
        doc = any_site.html(name)
        [bar] = doc.xpath("//header[@class='site-header']/div[@class='identity-bar']")
        assert bar.xpath(".//img/@src") == [emblem], name
        assert bar.xpath("string(.//strong)") == SETTINGS["IDENTITY_PARENT"]
        assert SETTINGS["ORGANISATION"] in bar.text_content()
    assert any_site.path(SETTINGS["IDENTITY_EMBLEM"]).is_file()


def test_the_shipped_emblem_is_a_neutral_placeholder():
    svg = etree.parse(str(ROOT / "theme" / "static" / "img" / "lambang.svg")).getroot()
    assert svg.findtext("{http://www.w3.org/2000/svg}title") == "Lambang (contoh)"
    assert not svg.xpath("//*[local-name()='image' or local-name()='script' or local-name()='text']")


def test_every_page_has_the_full_footer(any_site):
    for name in public_pages(any_site):
        [footer] = any_site.html(name).xpath("//footer[@class='site-footer']")
        text = " ".join(footer.text_content().split())
        assert SETTINGS["ORGANISATION"] in text and SETTINGS["IDENTITY_ADDRESS"] in text, name
        hrefs = footer.xpath(".//a/@href")
        assert f"tel:{SETTINGS['IDENTITY_PHONE'].replace(' ', '')}" in hrefs
        assert f"https://wa.me/{''.join(c for c in SETTINGS['IDENTITY_WHATSAPP'] if c.isdigit())}" in hrefs
        assert f"mailto:{SETTINGS['IDENTITY_EMAIL']}" in hrefs
        assert set(SETTINGS["IDENTITY_SOCIAL"].values()) <= set(hrefs)
        assert footer.xpath(".//a[@rel='license']/@href") == [SETTINGS["FEEDS_LICENSE_URL"]]
        assert f"© {SETTINGS['IDENTITY_COPYRIGHT_SINCE']} {SETTINGS['ORGANISATION']}" in text
        # Social accounts are plain links: nothing from those hosts is loaded.
        assert not footer.xpath(".//script | .//iframe | .//img[not(starts-with(@src, $site))]", site=SITEURL)
