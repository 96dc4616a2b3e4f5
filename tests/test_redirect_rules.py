"""The redirect rules writers (``_redirects``, ``nginx-redirects.conf``)."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from ledger.rules import (
    is_clean_site_path,
    netlify_line,
    netlify_rules,
    nginx_location,
    nginx_rules,
    nginx_string,
    url_path,
)

# Clean but awkward paths, as editors may declare them (old, new), without the leading slash.
PAIRS = [
    ("berita/lama/", "berita/baru/"),
    ("berita/a.b/", "berita/a-b/"),
    ("berita/x~y/", "berita/x-y/"),
    ("lama.html", "tentang/"),
    ("berita/UMKM-2020/", "berita/umkm-2020/"),
    ("a/b/c/", "berita/baru/"),
]
# Strings no clean path can be: nginx_rules refuses them, the encoder alone must still be safe.
HOSTILE = [
    ('x"; return 200 "pwned', "berita/baru/"),  # breaks out of a quoted value
    ("x { return 200 pwned; } location = /y", "berita/baru/"),  # a naive writer would serve this
    ("berita/$uri/", "berita/$host-baru/"),  # variables
    ("berita/café dan #1/", "berita/café-baru/"),  # non-ASCII, space, comment sign
    ("berita/a\\b'c/", "berita/baru/"),  # backslash and single quote
]
UNCLEAN = [
    'x"; return 200 "pwned',
    "berita/lama",  # neither "/" nor ".html" at the end
    "/berita/lama/",  # leading slash (pairs come without it): an empty segment
    "berita//lama/",
    "berita/../rahasia/",
    "berita/./lama/",
    "./",
    "berita/a b/",
    "berita/a#b/",
    "berita/a;b/",
    "berita/{a}/",
    "berita/$uri/",
    "berita/a%20b/",  # already encoded: "%" is not clean
    "berita/café/",
    "berita/a\nb/",
    "berita/a\\b/",
    "berita/a?b/",
    "berita/a:b/",
    "berita/*/",
]


# Unit tests of the writers.


def test_rules_for_static_hosts_and_nginx():
    pairs = [("berita/lama/", "berita/baru/")]
    assert netlify_rules(pairs) == "/berita/lama/ /berita/baru/ 301\n"
    assert nginx_rules(pairs) == 'location = "/berita/lama/" { return 301 "/berita/baru/"; }\n'
    assert netlify_rules([]) == nginx_rules([]) == ""


@pytest.mark.parametrize("path", [old for old, _ in PAIRS] + ["", "berita/a_b/", "berita/v1.2.html", "..../"])
def test_clean_site_paths(path):
    assert is_clean_site_path(path)


@pytest.mark.parametrize("path", UNCLEAN)
def test_unclean_paths_are_refused_by_name(path):
    assert not is_clean_site_path(path)
    for writer in (nginx_rules, netlify_rules):
        with pytest.raises(ValueError, match="not a clean site path") as old_side:
            writer([(path, "berita/baru/")])
        assert repr(path) in str(old_side.value)
        with pytest.raises(ValueError, match="not a clean site path") as new_side:
            writer([("berita/lama/", path)])
        assert repr(path) in str(new_side.value)


@pytest.mark.parametrize(("old", "new"), HOSTILE)
def test_nginx_rules_refuse_hostile_paths(old, new):
    with pytest.raises(ValueError, match="not a clean site path"):
        nginx_rules([(old, new)])


def test_rules_are_sorted_without_duplicates():
    pairs = [("b/", "x/"), ("a/", "x/"), ("b/", "x/"), ("a.html", "y/")]
    assert netlify_rules(pairs) == "/a.html /y/ 301\n/a/ /x/ 301\n/b/ /x/ 301\n"
    assert nginx_rules(pairs).splitlines() == [
        'location = "/a.html" { return 301 "/y/"; }',
        'location = "/a/" { return 301 "/x/"; }',
        'location = "/b/" { return 301 "/x/"; }',
    ]
    assert nginx_rules(reversed(pairs)) == nginx_rules(pairs)


def test_one_old_path_with_two_targets_is_refused():
    # nginx would refuse the duplicate location, and stop serving the whole site on reload.
    with pytest.raises(ValueError, match="'berita/lama/' has two targets"):
        nginx_rules([("berita/lama/", "berita/a/"), ("berita/lama/", "berita/b/")])


def test_a_redirect_to_itself_is_refused():
    with pytest.raises(ValueError, match="to itself"):
        netlify_rules([("berita/lama/", "berita/lama/")])


def test_nginx_strings_escape_only_what_ends_them():
    assert nginx_string("/a\"b\\c;{}#$ '") == '"/a\\"b\\\\c;{}#$ \'"'
    for control in ("\n", "\r", "\t", "\x00", "\x7f"):
        with pytest.raises(ValueError, match="control character"):
            nginx_string(f"/a{control}b/")


def test_url_paths_are_percent_encoded():
    assert url_path("berita/a.b/x~y-z_1/") == "/berita/a.b/x~y-z_1/"
    assert url_path("") == "/"
    assert url_path("berita/café dan #1/") == "/berita/caf%C3%A9%20dan%20%231/"
    assert url_path('x"; $uri {}:*?%') == "/x%22%3B%20%24uri%20%7B%7D%3A%2A%3F%25"


def test_the_nginx_encoder_keeps_hostile_text_inside_its_strings():
    assert nginx_location('x"; return 200 "pwned', "y$host/") == (
        'location = "/x\\"; return 200 \\"pwned" { return 301 "/y%24host/"; }\n'
    )


def test_every_redirects_line_is_old_new_301():
    lines = netlify_rules(PAIRS).splitlines() + [netlify_line(old, new).rstrip("\n") for old, new in HOSTILE]
    expected = sorted(PAIRS) + HOSTILE
    assert len(lines) == len(expected)
    for line, (old, new) in zip(lines, expected, strict=True):
        fields = line.split()
        assert fields == [url_path(old), url_path(new), "301"], line
        assert not line.startswith("#")
        # Netlify placeholders (":name") and splats ("*") never appear.
        assert ":" not in line and "*" not in line
        assert unquote(fields[0]) == f"/{old}" and unquote(fields[1]) == f"/{new}"
