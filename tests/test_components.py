"""Each macro component rendered on its own, with the same autoescaping the site uses."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import jinja2
import lxml.html
import pytest
from images.markup import picture_html

from hub_model import FILTERS
from hub_model.model import Image, Rendition
from hub_model.taxonomy import Term
from tests.site import ROOT


@pytest.fixture(scope="module")
def env():
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True, trim_blocks=True
    )
    environment.filters.update(FILTERS)
    environment.filters["abs"] = lambda path: f"https://s.test/{path}"
    environment.filters["picture"] = lambda image, lazy=True, card=False, classes="": picture_html(
        image, "100vw", lazy, classes
    )
    return environment


def render(env, component: str, call: str, **variables) -> lxml.html.HtmlElement:
    source = f'{{% from "components/{component}.html" import {component} with context %}}{call}'
    html = env.from_string(source).render(SITEURL="https://s.test", **variables)
    return lxml.html.fragment_fromstring(html, create_parent="div")


def test_card_escapes_text_and_links_absolutely(env):
    item = SimpleNamespace(
        title='<img src=x onerror="alert(1)"> & "kutip"',
        url="berita/a/",
        date=dt.datetime(2026, 5, 10, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
        program=Term("program", "kesehatan", "Kesehatan", "program/kesehatan/"),
        image=Image(
            "images/a.jpg",
            "https://s.test/gambar/a-960.jpg",
            'Foto "pasar"',
            1000,
            "image/jpeg",
            renditions=(
                Rendition("https://s.test/gambar/a-480.webp", 480, 270, 400, "image/webp"),
                Rendition("https://s.test/gambar/a-480.jpg", 480, 270, 500, "image/jpeg"),
                Rendition("https://s.test/gambar/a-960.jpg", 960, 540, 1000, "image/jpeg"),
            ),
        ),
        metadata={"summary": "<script>alert(2)</script>"},
    )
    doc = render(env, "card", "{{ card(item, 2) }}", item=item)
    assert doc.xpath("//h2/a/text()") == ['<img src=x onerror="alert(1)"> & "kutip"']
    assert doc.xpath("//h2/a/@href") == ["https://s.test/berita/a/"]
    assert doc.xpath("//img/@alt") == ['Foto "pasar"']
    [img] = doc.xpath("//picture//img")  # lxml nests <img> in <source>, a void element it does not know
    assert (img.get("width"), img.get("height"), img.get("loading"), img.get("decoding")) == (
        "960",
        "540",
        "lazy",
        "async",
    )
    assert img.get("srcset") == "https://s.test/gambar/a-480.jpg 480w, https://s.test/gambar/a-960.jpg 960w"
    assert doc.xpath("//picture//source/@type") == ["image/webp"]
    assert not doc.xpath("//script") and len(doc.xpath("//img")) == 1
    assert doc.xpath("//time/text()") == ["10 Mei 2026"]
    assert doc.xpath("//time/@datetime") == ["2026-05-10T09:00:00+07:00"]


def test_card_without_image_has_no_img(env):
    item = SimpleNamespace(
        title="T",
        url="berita/t/",
        date=dt.datetime(2026, 5, 10, tzinfo=dt.UTC),
        program=Term("program", "p", "P", "program/p/"),
        image=None,
        metadata={"summary": "S"},
    )
    assert not render(env, "card", "{{ card(item) }}", item=item).xpath("//img")


def test_notice_escapes_its_text(env):
    doc = render(env, "notice", '{{ notice(text, "warning") }}', text="<b>ditarik</b>")
    assert doc.xpath("//div[@role='status']/@class") == ["notice notice--warning"]
    assert doc.xpath("//p/text()") == ["<b>ditarik</b>"]


def test_term_links_lists_names_with_links_or_nothing(env):
    terms = [Term("region", "kota-bandung", "Kota Bandung", "wilayah/kota-bandung/")]
    doc = render(env, "term_links", '{{ term_links(terms, "Wilayah") }}', terms=terms)
    assert doc.xpath("//a/@href") == ["https://s.test/wilayah/kota-bandung/"]
    assert "Wilayah:" in doc.text_content()
    assert render(env, "term_links", '{{ term_links([], "Wilayah") }}').text_content().strip() == ""


def test_a_card_is_rendered_once_per_item_and_the_same_as_the_macro(env):
    from hub_model import rendered

    item = SimpleNamespace(
        title="Kabar",
        url="berita/a/",
        date=dt.datetime(2026, 5, 10, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
        program=Term("program", "kesehatan", "Kesehatan", "program/kesehatan/"),
        image=None,
        metadata={"summary": "Ringkasan."},
    )
    direct = env.from_string('{% from "components/card.html" import card %}{{ card(item, 2) }}').render(item=item)
    first = rendered(env, item, "components/card.html:card", 2)
    item.title = "Berubah"  # a second call within the build reuses the first rendering
    assert str(first) == direct and rendered(env, item, "components/card.html:card", 2) is first
    assert "Berubah" in rendered(env, item, "components/card.html:card", 3)  # another heading level renders anew
