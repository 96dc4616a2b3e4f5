"""The redirect rules writers (``_redirects``, ``nginx-redirects.conf``), unit-tested and served by a real nginx."""

from __future__ import annotations

import html
from pathlib import Path
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
from tests.nginx import nginx_test_config, running_nginx, write_nginx_conf

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
    "..../",
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


@pytest.mark.parametrize("path", [old for old, _ in PAIRS] + ["", "berita/a_b/", "berita/v1.2.html"])
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


# A real nginx serving a site with those rules.


def page(title: str, body: str = "") -> str:
    return f"<!doctype html><title>{html.escape(title)}</title><p>{html.escape(body or title)}</p>\n"


def write_page(site: Path, path: str, text: str) -> None:
    target = site / (path if path.endswith(".html") else f"{path}index.html")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def write_site(site: Path) -> None:
    """A site as the build writes it: new pages, redirect pages at old paths, an ordinary page."""
    write_page(site, "", page("Beranda"))
    write_page(site, "berita/biasa/", page("Berita biasa"))
    for old, new in PAIRS + HOSTILE:
        write_page(site, new, page(f"halaman {new}"))
        if is_clean_site_path(old):
            write_page(site, old, page("Dipindahkan", f"pindah ke /{new}"))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    write_site(site)
    rules = nginx_rules(PAIRS) + "".join(nginx_location(old, new) for old, new in HOSTILE)
    (site / "nginx-redirects.conf").write_text(rules, encoding="utf-8")
    with running_nginx(site, tmp_path_factory.mktemp("nginx")) as running:
        yield running


def test_nginx_accepts_the_written_rules(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "nginx-redirects.conf").write_text(nginx_rules(PAIRS), encoding="utf-8")
    ok, output = nginx_test_config(write_nginx_conf(tmp_path / "nginx", site, 8080))
    assert ok, output
    assert "test is successful" in output


def test_nginx_test_config_reports_a_refused_configuration(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    # What the old naive writer produced for a quote in a path.
    (site / "nginx-redirects.conf").write_text('location = /x"; return 200 "pwned { return 301 /y/; }\n')
    ok, output = nginx_test_config(write_nginx_conf(tmp_path / "nginx", site, 8080))
    assert not ok
    assert "nginx-redirects.conf:1" in output


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_every_old_path_answers_301_to_its_new_path(server, old, new):
    status, headers, _ = server.get(f"/{old}")
    assert status == 301, server.error_log()
    assert headers["Location"] == server.url(f"/{new}")


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_the_new_path_is_served(server, old, new):
    status, _, body = server.get(f"/{new}")
    assert status == 200
    assert f"halaman {new}" in body.decode()


def test_paths_without_a_rule_are_served_normally(server):
    status, headers, body = server.get("/berita/biasa/")
    assert (status, headers["Content-Type"]) == (200, "text/html")
    assert "Berita biasa" in body.decode()
    assert server.get("/")[0] == 200
    assert server.get("/berita/tidak-ada/")[0] == 404


def test_rules_match_exactly(server):
    # The redirect page itself (meta refresh) is served as a file, not redirected.
    status, _, body = server.get("/berita/lama/index.html")
    assert status == 200 and "pindah ke /berita/baru/" in body.decode()
    # Case matters: /berita/umkm-2020/ is the new page, /berita/UMKM-2020/ the old one.
    assert server.get("/berita/umkm-2020/")[0] == 200
    assert server.get("/berita/UMKM-2020/")[0] == 301
    assert server.get("/berita/lama/extra/")[0] == 404


@pytest.mark.parametrize(
    ("request_path", "new"),
    [
        ("/berita/a%2Eb/", "berita/a-b/"),  # percent-encoded dot
        ("/berita/x%7Ey/", "berita/x-y/"),  # percent-encoded tilde
        ("/berita/%55MKM-2020/", "berita/umkm-2020/"),  # percent-encoded "U"
        ("/a//b///c/", "berita/baru/"),  # merged slashes
        ("/a/b/./c/", "berita/baru/"),
        ("/berita/rahasia/../lama/", "berita/baru/"),
    ],
)
def test_rules_match_the_decoded_normalised_path(server, request_path, new):
    status, headers, _ = server.get(request_path)
    assert status == 301
    assert headers["Location"] == server.url(f"/{new}")


@pytest.mark.parametrize(("old", "new"), HOSTILE)
def test_hostile_paths_forced_through_the_encoder_only_redirect(server, old, new):
    status, headers, body = server.get(url_path(old))
    assert status == 301, server.error_log()
    location = headers["Location"]
    assert location == server.url(url_path(new))
    assert "$" not in location and b"pwned" not in body
    # Following the redirect reaches the new page (nginx decodes the Location it wrote).
    status, _, body = server.get(location.removeprefix(server.url("")))
    assert status == 200
    assert f"halaman {new}" in body.decode()


@pytest.mark.parametrize("path", ["/x", "/x%22", "/y", "/pwned", "/x%20%7B"])
def test_injected_directives_never_answer(server, path):
    # Under the old naive writer, the second hostile path made nginx answer 200 "pwned" at /x.
    status, _, body = server.get(path)
    assert (status, b"pwned" in body) == (404, False)


def test_a_dollar_in_a_path_is_not_a_variable(server):
    # Unencoded "$" in the request: the location compares it literally.
    status, headers, _ = server.get("/berita/$uri/")
    assert status == 301
    assert headers["Location"] == server.url("/berita/%24host-baru/")


# The helper itself: loud when nginx is missing, open to more configuration.


def test_a_missing_nginx_fails_loudly(monkeypatch, tmp_path):
    monkeypatch.setenv("NGINX", str(tmp_path / "no-nginx"))
    with pytest.raises(RuntimeError, match=r"sh \.ci/install-nginx"):
        nginx_test_config(tmp_path / "nginx.conf")


def test_the_helper_takes_extra_server_and_http_lines(tmp_path):
    site = tmp_path / "site"
    write_page(site, "", page("Beranda"))
    (site / "nginx-redirects.conf").write_text(nginx_rules(PAIRS[:1]), encoding="utf-8")
    extra = 'add_header X-Uji "ya" always;'
    with running_nginx(site, tmp_path / "nginx", extra=extra, http_extra="server_tokens off;") as running:
        status, headers, _ = running.get("/")
        assert (status, headers["X-Uji"], headers["Server"]) == (200, "ya", "nginx")
        status, headers, _ = running.get("/berita/lama/")
        assert (status, headers["X-Uji"]) == (301, "ya")
    assert running.process.poll() is not None  # stopped on leaving the block
