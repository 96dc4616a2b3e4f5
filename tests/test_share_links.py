"""Share captions and network links: every title survives URL-encoding intact."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from share_kit.links import share_caption, share_links, share_message

URL = "https://hub.example.test/berita/kelas-cek-fakta/"
NETWORKS = ["WhatsApp", "Telegram", "X", "Facebook", "LinkedIn"]
HOSTS = {
    "WhatsApp": "wa.me",
    "Telegram": "t.me",
    "X": "x.com",
    "Facebook": "www.facebook.com",
    "LinkedIn": "www.linkedin.com",
}
TITLES = [
    "Kelas Cek Fakta untuk Guru",  # spaces
    "UMKM Garut & Tasikmalaya: 1.200 peserta",  # ampersand, colon
    "Guru \"Bandung\" & 'Cimahi' bilang: 100% + 50 = ?",  # quotes, percent, plus, equals, question mark
    "Sampurasun, wargi Jabar — kabar baik 🎉 Ĉu? 漢字 #JabarJuara",  # non-ASCII, emoji, hash
    "baris satu\nbaris dua",  # newline
]


def query(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query, keep_blank_values=True, strict_parsing=True)


def test_every_network_has_a_plain_https_link():
    links = share_links(URL, "Judul")
    assert list(links) == NETWORKS
    for network, href in links.items():
        parts = urlsplit(href)
        assert (parts.scheme, parts.hostname) == ("https", HOSTS[network])


@pytest.mark.parametrize("text", TITLES)
def test_titles_are_url_encoded_and_decode_back_exactly(text):
    links = share_links(URL, text)
    assert query(links["WhatsApp"]) == {"text": [f"{text}\n\n{URL}"]}
    assert query(links["Telegram"]) == {"url": [URL], "text": [text]}
    assert query(links["X"]) == {"text": [text], "url": [URL]}
    assert query(links["Facebook"]) == {"u": [URL]}
    assert query(links["LinkedIn"]) == {"url": [URL]}
    for href in links.values():
        raw_query = urlsplit(href).query
        # Nothing that could end the attribute, start a new parameter or be read as a space.
        for character in (" ", '"', "'", "\n", "#", "+", "<", ">"):
            assert character not in raw_query, (character, href)
        assert raw_query.isascii()


def test_spaces_are_percent_encoded_not_plus():
    assert "text=Kelas%20Cek%20Fakta" in share_links(URL, "Kelas Cek Fakta")["X"]


def test_an_ampersand_in_a_title_does_not_split_the_query():
    href = share_links(URL, "A & B=C")["Telegram"]
    assert "A%20%26%20B%3DC" in href
    assert query(href)["text"] == ["A & B=C"]


@given(st.text(st.characters(codec="utf-8"), min_size=1, max_size=300))
def test_any_text_round_trips_through_every_link(text):
    links = share_links(URL, text)
    assert query(links["X"])["text"] == [text]
    assert query(links["Telegram"])["text"] == [text]
    assert query(links["WhatsApp"])["text"] == [f"{text}\n\n{URL}"]


def test_caption_is_text_then_hashtags_then_url():
    caption = share_caption('Kabar baik & "penting".', ("#JabarSehat", " #SilihTulungan "), URL)
    assert caption == f'Kabar baik & "penting".\n\n#JabarSehat #SilihTulungan\n\n{URL}'


def test_caption_without_hashtags_or_text_has_no_blank_paragraphs():
    assert share_caption("Kabar baik.", (), URL) == f"Kabar baik.\n\n{URL}"
    assert share_caption("", (), URL) == URL
    assert share_message("  Kabar  ", ["#A", ""]) == "Kabar\n\n#A"
