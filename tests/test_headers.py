"""The one header policy (hub_build.headers): CSP, framing, permissions, caching, media types, and `_headers`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.settings import read_settings

from hub_build.headers import (
    IMMUTABLE,
    PRIVATE,
    check_exceptions,
    content_security_policy,
    content_type,
    csp_directives,
    headers_for,
    load_policy,
    partition,
    render_headers_file,
    url_paths,
)
from hub_build.inline import InlineCode, scan_site
from hub_build.publish import site_files
from tests.browser import header_rules
from tests.browser import headers_for as host_headers
from tests.site import ROOT, SITEURL

SETTINGS = {
    "SITEURL": "https://hub.example.test",
    "SAFE_HTML_IFRAME_HOSTS": ["www.youtube-nocookie.com"],
    "HEADERS_CSP_EXCEPTIONS": {"/admin/": {"script-src": ["'unsafe-eval'"]}, "/cari/": {"worker-src": "blob:"}},
}
INLINE = InlineCode(scripts=frozenset({"'sha256-AAA='"}), styles=frozenset({"'sha256-BBB='"}))
POLICY = load_policy(SETTINGS, INLINE)
OWN = ["'self'", "https://hub.example.test"]


def test_the_policy_allows_only_the_own_origin_the_video_hosts_and_the_hashes():
    directives = csp_directives("/berita/a/", POLICY)
    assert directives == {
        "default-src": OWN,
        "script-src": [*OWN, "'sha256-AAA='"],
        "style-src": [*OWN, "'sha256-BBB='"],
        "img-src": OWN,
        "frame-src": [*OWN, "https://www.youtube-nocookie.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    policy = content_security_policy("/", POLICY)
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "*" not in policy
    assert policy.startswith("default-src 'self' https://hub.example.test; script-src ")


def test_only_the_embed_folder_may_be_framed():
    for path in ("/", "/berita/a/", "/embedded/", "/404.html", "/berita/rss.xml"):
        assert "frame-ancestors 'none'" in content_security_policy(path, POLICY), path
        assert headers_for(path, POLICY)["X-Frame-Options"] == "DENY"
    for path in ("/embed/berita/latest.html", "/embed/kartu/x/", "/embed/widget.js"):
        assert "frame-ancestors" not in content_security_policy(path, POLICY), path
        assert "X-Frame-Options" not in headers_for(path, POLICY)


def test_exceptions_add_sources_below_their_folder_only():
    assert "'unsafe-eval'" in csp_directives("/admin/", POLICY)["script-src"]
    assert "'unsafe-eval'" in csp_directives("/admin/config.yml", POLICY)["script-src"]
    assert "'unsafe-eval'" not in content_security_policy("/administrasi/", POLICY)
    assert "'unsafe-eval'" not in content_security_policy("/", POLICY)
    # A directive the base policy leaves out starts from default-src (else it would narrow it).
    assert csp_directives("/cari/", POLICY)["worker-src"] == [*OWN, "blob:"]
    assert "worker-src" not in csp_directives("/berita/", POLICY)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"admin/": {"script-src": ["x"]}}, "folder path"),
        ({"/admin": {"script-src": ["x"]}}, "folder path"),
        ({"/": {"script-src": ["x"]}}, "folder path"),
        ({"/admin/": {"script": ["x"]}}, "unknown or fixed directive"),
        ({"/admin/": {"frame-ancestors": ["*"]}}, "unknown or fixed directive"),
        ({"/admin/": {"script-src": ["'self'; object-src *"]}}, "one source per item"),
        ({"/admin/": {"script-src": ["a b"]}}, "one source per item"),
        (["/admin/"], "must map"),
    ],
)
def test_a_wrong_exception_table_is_refused_by_name(table, message):
    with pytest.raises((ValueError, TypeError), match=message):
        check_exceptions(table)


def test_security_headers_on_every_path():
    for path in ("/", "/berita/rss.xml", "/embed/widget.js", "/theme/hashed/css/main.0123456789.css"):
        headers = headers_for(path, POLICY)
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert headers["Strict-Transport-Security"] == "max-age=31536000"
        assert headers["Content-Security-Policy"]
    assert "Strict-Transport-Security" not in headers_for("/", load_policy({"SITEURL": "http://127.0.0.1:8000"}))


def test_permissions_policy_denies_what_the_site_never_uses():
    value = headers_for("/", POLICY)["Permissions-Policy"]
    features = dict(item.split("=", 1) for item in value.split(", "))
    for denied in ("camera", "microphone", "geolocation", "payment", "usb", "autoplay", "clipboard-read"):
        assert features[denied] == "()", denied
    # The video players keep fullscreen and picture-in-picture; the copy buttons write the clipboard.
    assert features["fullscreen"] == '(self "https://www.youtube-nocookie.com")'
    assert features["picture-in-picture"] == '(self "https://www.youtube-nocookie.com")'
    assert features["clipboard-write"] == "(self)"


@pytest.mark.parametrize(
    ("path", "immutable"),
    [
        ("/theme/hashed/css/main.0123456789.css", True),
        ("/pagefind/0/fragment/id_1234567.pf_fragment", True),
        ("/pagefind/12/index/id_1234567.pf_index", True),
        ("/pagefind/0/pagefind.id_a4675e7bd1.pf_meta", True),
        ("/gambar/1e500c4674376dad/imunisasi-garut-480.webp", True),
        ("/kartu/14a5b638-f1df-40ce-988c-81b2de8b24f7/og-c56006a45a31.jpg", True),
        ("/gambar/", False),
        ("/kartu/14a5b638-f1df-40ce-988c-81b2de8b24f7/", False),
        ("/theme/css/main.css", False),
        ("/pagefind/0/pagefind.js", False),
        ("/pagefind/0/pagefind-entry.json", False),
        ("/", False),
        ("/berita/rss.xml", False),
        ("/acara/kalender.ics", False),
    ],
)
def test_only_fingerprinted_files_are_immutable(path, immutable):
    expected = IMMUTABLE if immutable else "public, max-age=300"
    assert headers_for(path, POLICY)["Cache-Control"] == expected


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/berita/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/program/kesehatan/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/feed.json", "application/feed+json; charset=utf-8"),
        ("/embed/kartu/x/oembed.json", "application/json+oembed"),
        ("/acara/kalender.ics", "text/calendar; charset=utf-8"),
        ("/acara/a/a.ics", "text/calendar; charset=utf-8"),
        ("/theme/xsl/feed.xsl", "application/xslt+xml; charset=utf-8"),
        ("/sitemap.xml", None),
        ("/berita/", None),
        ("/pagefind/0/pagefind-entry.json", None),
    ],
)
def test_media_types(path, kind):
    assert content_type(path) == kind


def test_max_age_comes_from_the_settings_and_is_checked():
    assert headers_for("/", load_policy({**SETTINGS, "HEADERS_MAX_AGE": 60}))["Cache-Control"] == "public, max-age=60"
    with pytest.raises(ValueError, match="HEADERS_MAX_AGE"):
        load_policy({**SETTINGS, "HEADERS_MAX_AGE": "60"})


def test_partition_covers_every_path_with_one_rule_per_header():
    paths = url_paths(["index.html", "a/index.html", "a/x.css", "b/c/index.html", "b/d.js", "e.txt"])
    assert paths == [
        "/",
        "/a/",
        "/a/index.html",
        "/a/x.css",
        "/b/c/",
        "/b/c/index.html",
        "/b/d.js",
        "/e.txt",
        "/index.html",
    ]
    rules = partition(paths, lambda p: p.startswith("/b/c/"))
    assert rules == [
        ("/", False),
        ("/a/*", False),
        ("/b/c/*", True),
        ("/b/d.js", False),
        ("/e.txt", False),
        ("/index.html", False),
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["a", "b", "c", "index.html"]), min_size=1, max_size=4).map("/".join),
        min_size=1,
        max_size=30,
    ),
    st.sampled_from(["a", "b", "c"]),
)
def test_partition_gives_each_path_exactly_one_rule_with_its_key(files, marked):
    paths = url_paths(sorted(set(files)))

    def key(path):
        return f"/{marked}/" in path

    calls = []
    rules = partition(paths, lambda path: calls.append(path) or key(path))
    for path in paths:
        matching = [
            value
            for pattern, value in rules
            if path == pattern or (pattern.endswith("*") and path.startswith(pattern[:-1]))
        ]
        assert matching == [key(path)], path
    assert len(calls) == len(set(calls))  # each path's key computed once


def built_settings() -> dict:
    """Return the settings the test sites are built with (pelicanconf.py and the test SITEURL)."""
    return read_settings(str(ROOT / "pelicanconf.py"), override={"SITEURL": SITEURL})


def expected_on_a_static_host(path, policy):
    """What a `_headers` host sends: the policy, but its own caching for files that are not immutable."""
    headers = headers_for(path, policy)
    if headers["Cache-Control"] != IMMUTABLE:
        del headers["Cache-Control"]
    return headers


@pytest.mark.parametrize("name", ["fixture_site", "bundled_site"])
def test_the_headers_file_gives_every_file_of_a_built_site_the_policy(request, name):
    site = request.getfixturevalue(name)
    text = site.text("_headers")
    rules = header_rules(text)
    paths = [path for path in url_paths(site_files(site.output)) if path not in PRIVATE]
    assert "/berita/" in paths and "/embed/widget.js" in paths
    # The policy the build used: its settings, and the hashes of the inline code its pages carry.
    policy = load_policy(built_settings(), scan_site(str(site.output)))
    assert policy.inline.styles  # the embed pages' <style> and the feeds' XSLT
    for path in paths:
        assert host_headers(path, rules) == expected_on_a_static_host(path, policy), path
    # Cloudflare Pages reads at most 100 rules, each line at most 2,000 characters.
    assert len(rules) <= 100
    assert max(len(line) for line in text.splitlines()) <= 2000


def test_the_headers_file_never_sets_one_header_twice_for_a_path(fixture_site):
    rules = header_rules(fixture_site.text("_headers"))
    for path in url_paths(site_files(fixture_site.output)):
        names = [name for pattern, headers in rules if pattern.match(path) for name in headers]
        assert len(names) == len(set(names)), path


def test_render_headers_file_shape():
    text = render_headers_file(POLICY, ["index.html", "embed/a/latest.html", "berita/x/index.html", "_headers"])
    blocks = [block.splitlines() for block in text.split("\n\n") if block and not block.startswith("#")]
    assert [block[0] for block in blocks] == ["/*", "/", "/berita/*", "/embed/*", "/index.html"]
    assert all(re.fullmatch(r"  [A-Za-z-]+: .+", line) for block in blocks for line in block[1:])
