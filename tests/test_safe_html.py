import pytest

from hub_model.sanitise import Policy, clean_html, find_unsafe

POLICY = Policy(frozenset({"www.youtube-nocookie.com"}))


@pytest.mark.parametrize(
    ("html", "gone", "reported"),
    [
        ("<p>a<script>alert(1)</script>b</p>", "alert", "tag <script>"),
        ('<img src="x.jpg" alt="" onerror="alert(1)">', "onerror", "atribut onerror"),
        ('<a href="javascript:alert(1)">x</a>', "javascript", "alamat javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert", "alamat javascript:"),
        ('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="">', "data:", "alamat data:"),
        ('<p style="background:url(https://t.example/x)">x</p>', "style", "atribut style"),
        ('<iframe src="https://evil.example/x"></iframe>', "iframe", "iframe dari evil.example"),
        ("<style>p{}</style><p>x</p>", "p{}", "tag <style>"),
        ('<form action="https://evil.example/"><input name="pw"></form>', "<form", "tag <form>"),
        ('<svg onload="alert(1)"></svg>', "onload", "tag <svg>"),
    ],
)
def test_dangerous_html_is_removed_and_reported(html, gone, reported):
    assert gone not in clean_html(html, POLICY)
    assert any(reported in item for item in find_unsafe(html, POLICY)), find_unsafe(html, POLICY)


def test_ordinary_content_passes_untouched():
    html = (
        '<h2 id="a">Judul</h2><p>Teks <strong>tebal</strong> <a href="{filename}/briefs/b.md">tautan</a></p>'
        '<figure><img src="{static}/images/a.jpg" alt="Foto"><figcaption>Keterangan</figcaption></figure>'
        "<blockquote><p>Kutipan</p></blockquote><table><tr><th>A</th><td>1</td></tr></table>"
        '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>'
    )
    assert find_unsafe(html, POLICY) == []
    cleaned = clean_html(html, POLICY)
    for kept in ('href="{filename}/briefs/b.md"', 'src="{static}/images/a.jpg"', "<figcaption>", "youtube-nocookie"):
        assert kept in cleaned


def test_links_get_no_rel_rewrite_and_mailto_stays():
    assert clean_html('<a href="mailto:humas@example.org">surel</a>', POLICY) == (
        '<a href="mailto:humas@example.org">surel</a>'
    )
