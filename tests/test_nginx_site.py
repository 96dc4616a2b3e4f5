"""The production nginx configuration over a built site, with a real Debian nginx and real HTTP requests.

One site for the module: the fixture content with old addresses declared (``Redirect_From``),
built with precompressed files as ``make publish`` builds it, served by the configuration
``hub_build.nginx`` generates (the one ``make nginx`` and ``deploy/nginx/hub.conf`` use).
"""

from __future__ import annotations

import gzip
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import brotli
import pytest

from hub_build.headers import PRIVATE, content_type, headers_for, load_policy, url_paths
from hub_build.inline import scan_site
from hub_build.nginx import site_directives
from hub_build.publish import site_files
from tests.conftest import FIXTURE, FIXTURE_NOW
from tests.nginx import free_port, production_server, running_nginx
from tests.site import ROOT, SITEURL, build_site

OLD_ADDRESSES = {
    "briefs/alpha.md": "/berita/puskesmas-lama/, /puskesmas.html",
    "briefs/beta.md": "/berita/pasar-lama/",
    "events/nanti.md": "/acara/pameran-lama/",
}
# What nginx's mime.types gives the files the policy leaves to it.
MIME = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "text/xml; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".wasm": "application/wasm",
    ".webp": "image/webp",  # renditions
    ".avif": "image/avif",
}


def with_old_addresses(content: Path) -> None:
    """Declare old addresses on a few items, as editors do after changing a slug."""
    for name, addresses in OLD_ADDRESSES.items():
        path = content / name
        head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        path.write_text(f"{head}\nRedirect_From: {addresses}\n\n{body}", encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    content = tmp_path_factory.mktemp("nginx-content") / "content"
    shutil.copytree(FIXTURE, content)
    with_old_addresses(content)
    output = tmp_path_factory.mktemp("nginx-site")
    return build_site(content, output, FIXTURE_NOW, SEARCH_ENABLED=True, SEARCH_SHARD_SIZE=2, HUB_PRECOMPRESS=True)


@pytest.fixture(scope="module")
def server(site, tmp_path_factory):
    with running_nginx(site.output, tmp_path_factory.mktemp("nginx"), server=production_server) as running:
        yield running


@pytest.fixture(scope="module")
def policy(site):
    from tests.test_headers import built_settings

    return load_policy(built_settings(), scan_site(str(site.output)))


def served_paths(site) -> list[str]:
    """Every URL path the site answers 200 (old addresses redirect; their pages stay for static hosts)."""
    redirected = {old for old, _ in redirect_rules(site)}
    return [
        path
        for path in url_paths(site_files(site.output))
        if path not in PRIVATE and path not in redirected and not path.endswith((".br", ".gz"))
    ]


def expected_type(path: str) -> str:
    if path.endswith("/"):
        return MIME[".html"]
    return content_type(path) or MIME.get(Path(path).suffix, "application/octet-stream")


# --- every file: status, headers, media type ---


def test_every_file_is_served_with_the_policy_s_headers(site, server, policy):
    paths = served_paths(site)
    assert len(paths) > 100
    for path in paths:
        status, headers, body = server.get(path)
        assert status == 200, (path, server.error_log())
        for name, value in headers_for(path, policy).items():
            assert headers.get_all(name) == [value], (path, name)
        assert headers["Content-Type"] == expected_type(path), path
        local = site.output / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
        assert body == local.read_bytes(), path


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/berita/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/berita/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/berita/feed.json", "application/feed+json; charset=utf-8"),
        ("/acara/kalender.ics", "text/calendar; charset=utf-8"),
        ("/", "text/html; charset=utf-8"),
    ],
)
def test_media_types_of_feeds_calendars_and_pages(server, path, kind):
    status, headers, _ = server.get(path)
    assert (status, headers["Content-Type"]) == (200, kind)


def test_oembed_and_the_widget_are_served_for_other_sites(site, server):
    [oembed] = [p for p in served_paths(site) if p.endswith("/oembed.json")][:1]
    status, headers, _ = server.get(oembed)
    assert (status, headers["Content-Type"], headers["Access-Control-Allow-Origin"]) == (
        200,
        "application/json+oembed",
        "*",
    )
    assert "frame-ancestors" not in headers["Content-Security-Policy"]  # the card page beside it is framed
    status, headers, _ = server.get("/embed/widget.js")
    assert (status, headers["Access-Control-Allow-Origin"], headers["X-Content-Type-Options"]) == (200, "*", "nosniff")
    status, headers, _ = server.get("/embed/berita/latest.html")
    assert status == 200 and "X-Frame-Options" not in headers
    assert "frame-ancestors" not in headers["Content-Security-Policy"]
    status, headers, _ = server.get("/berita/")
    assert headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_caching_fingerprinted_files_for_a_year_and_the_rest_briefly(site, server):
    [css] = [p for p in served_paths(site) if p.startswith("/theme/hashed/css/main.")]
    fragment = next(p for p in served_paths(site) if "/fragment/" in p)
    # Renditions and share cards are named by a digest of what they are made of.
    rendition = next(p for p in served_paths(site) if p.startswith("/gambar/") and p.endswith(".webp"))
    card = next(p for p in served_paths(site) if p.startswith("/kartu/") and "/og-" in p)
    for path in (css, fragment, rendition, card):
        assert server.get(path)[1]["Cache-Control"] == "public, max-age=31536000, immutable", path
    for path in ("/", "/berita/rss.xml", "/acara/kalender.ics", "/theme/css/main.css", "/embed/widget.js"):
        headers = server.get(path)[1]
        assert headers["Cache-Control"] == "public, max-age=300", path
        assert headers["ETag"] and headers["Last-Modified"], path


def test_the_home_page_links_its_stylesheet_by_fingerprint(site, server):
    [href] = site.html("index.html").xpath("//link[@rel='stylesheet']/@href")
    assert href.startswith(f"{SITEURL}/theme/hashed/css/main.")
    status, headers, body = server.get(href.removeprefix(SITEURL))
    assert (status, headers["Cache-Control"]) == (200, "public, max-age=31536000, immutable")
    assert body == (ROOT / "theme" / "static" / "css" / "main.css").read_bytes()


# --- conditional requests and compression ---


@pytest.mark.parametrize("encoding", ["", "gzip", "br"])
def test_a_conditional_get_of_a_feed_is_answered_304(server, encoding):
    accept = {"Accept-Encoding": encoding} if encoding else {}
    status, headers, _ = server.get("/berita/rss.xml", accept)
    assert status == 200
    etag, modified = headers["ETag"], headers["Last-Modified"]
    status, again, body = server.get("/berita/rss.xml", {**accept, "If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert again["ETag"] == etag and again["Cache-Control"] == "public, max-age=300"
    assert server.get("/berita/rss.xml", {**accept, "If-Modified-Since": modified})[0] == 304
    assert server.get("/berita/rss.xml", {**accept, "If-None-Match": '"something-else"'})[0] == 200


@pytest.mark.parametrize(
    "path", ["/", "/berita/rss.xml", "/berita/feed.json", "/acara/kalender.ics", "/theme/css/main.css"]
)
def test_brotli_and_gzip_are_negotiated(site, server, path):
    original = (site.output / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))).read_bytes()
    status, headers, body = server.get(path, {"Accept-Encoding": "gzip, deflate, br"})
    assert (status, headers["Content-Encoding"]) == (200, "br")
    assert brotli.decompress(body) == original
    assert "Accept-Encoding" in headers["Vary"]
    status, headers, body = server.get(path, {"Accept-Encoding": "gzip"})
    assert (status, headers["Content-Encoding"]) == (200, "gzip")
    assert gzip.decompress(body) == original
    status, headers, body = server.get(path)
    assert (status, headers.get("Content-Encoding"), body) == (200, None, original)
    # Whichever encoding is sent, the type and the security headers are the page's own.
    assert headers["Content-Type"] == expected_type(path)


def test_every_text_file_has_both_compressed_copies_with_its_time(site):
    texts = [p for p in site.output.rglob("*") if p.suffix in (".html", ".css", ".js", ".xml", ".json", ".ics", ".svg")]
    assert len(texts) > 100
    for path in texts:
        for suffix, decode in ((".br", brotli.decompress), (".gz", gzip.decompress)):
            copy = path.with_name(path.name + suffix)
            assert decode(copy.read_bytes()) == path.read_bytes(), copy
            assert copy.stat().st_mtime_ns == path.stat().st_mtime_ns, copy


# --- redirects, 404, private files ---


def redirect_rules(site) -> list[tuple[str, str]]:
    return [tuple(line.split()[:2]) for line in site.text("_redirects").splitlines() if line.strip()]


def test_every_ledger_redirect_answers_301_to_its_target(site, server):
    rules = redirect_rules(site)
    assert len(rules) == 4
    assert ("/berita/puskesmas-lama/", "/berita/puskesmas-keliling-garut/") in rules
    for old, new in rules:
        status, headers, _ = server.get(old)
        assert status == 301, (old, server.error_log())
        assert headers["Location"] == server.url(new)
        assert server.get(new)[0] == 200, new


def test_the_404_page(site, server):
    for path in ("/tidak-ada/", "/berita/tidak-ada/", "/embed/tidak-ada.html", "/x.xml"):
        status, headers, body = server.get(path)
        assert status == 404, path
        assert body == site.path("404.html").read_bytes()
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_folders_serve_their_index_and_gain_a_slash(server):
    status, _, body = server.get("/berita/")
    assert status == 200 and b"<html" in body
    status, headers, _ = server.get("/berita")
    assert status == 301 and headers["Location"].endswith("/berita/")


@pytest.mark.parametrize("path", PRIVATE)
def test_host_configuration_files_are_not_served(site, server, path):
    assert site.path(path.lstrip("/")).is_file()
    assert server.get(path)[0] == 404


# --- the committed production include, and make nginx ---


def test_the_production_include_is_the_generator_s():
    committed = (ROOT / "deploy" / "nginx" / "hub.conf").read_text(encoding="utf-8")
    assert committed == site_directives("/srv/hub/current"), (
        "run: python -m hub_build.nginx --print-site /srv/hub/current"
    )
    example = (ROOT / "deploy" / "nginx" / "example-site.conf").read_text(encoding="utf-8")
    assert "include /srv/hub-build/repo/deploy/nginx/hub.conf;" in example


def test_make_nginx_serves_output_with_the_production_headers(site, tmp_path):
    port = free_port()
    process = subprocess.Popen(
        ["make", "--no-print-directory", "nginx", f"OUTPUTDIR={site.output}", f"PORT={port}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: make, python and nginx, stopped together
        env={**os.environ, "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"},
    )
    try:
        from tests.nginx import RunningNginx

        running = RunningNginx(port, tmp_path, process)
        deadline = time.monotonic() + 60
        while True:
            try:
                status, headers, _ = running.get("/berita/rss.xml")
                break
            except OSError:
                assert process.poll() is None, process.stdout.read().decode()
                assert time.monotonic() < deadline, "make nginx did not answer"
                time.sleep(0.2)
        assert (status, headers["Content-Type"]) == (200, "application/rss+xml; charset=utf-8")
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    assert f"di http://127.0.0.1:{port}/" in process.stdout.read().decode()


# --- the pages in Chromium, under the CSP nginx sends ---

# Records every CSP violation in every frame (the page's own, and frames inside it).
LISTEN_FOR_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


class ServedByNginx:
    """Answer the browser's requests for SITEURL from the real nginx: bytes and headers as production sends them."""

    def __init__(self, server):
        self.server = server

    def respond(self, url_path: str) -> tuple[int, dict[str, str], bytes]:
        """Fetch ``url_path`` from nginx."""
        status, headers, body = self.server.get(url_path)
        return status, {name: value for name, value in headers.items() if name.lower() not in HOP_BY_HOP}, body


def violations(page) -> list[str]:
    return [entry for frame in page.frames for entry in (frame.evaluate("window.__violations || []") or [])]


@pytest.fixture
def csp_session(browser, server):
    from tests.browser import open_session

    session = open_session(browser, ServedByNginx(server))
    session.page.context.add_init_script(LISTEN_FOR_VIOLATIONS)
    yield session
    session.page.context.close()


@pytest.mark.browser
def test_the_widget_page_runs_under_the_csp_without_a_violation(csp_session):
    page = csp_session.page
    response = page.goto(f"{SITEURL}/untuk-blogger/")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    # The generator previews the real widget: its script runs, fetches feed.json and styles its shadow root.
    preview = page.locator("#eg-preview silih-tulungan-berita")
    preview.locator("ul > li").first.wait_for()
    assert preview.locator("ul > li a").count() >= 1
    assert (
        preview.evaluate("host => getComputedStyle(host.shadowRoot.querySelector('section')).borderTopStyle") == "solid"
    )
    page.locator("#eg-style").select_option("compact")
    preview.locator("ul > li").first.wait_for()
    assert violations(page) == []
    assert csp_session.errors == [] and csp_session.foreign == []


@pytest.mark.browser
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/berita/puskesmas-keliling-garut/",
        "/acara/pameran-desa-mendatang/",
        "/embed/berita/latest.html",
        "/404.html",
    ],
)
def test_pages_run_under_the_csp_without_a_violation(csp_session, path):
    page = csp_session.page
    response = page.goto(f"{SITEURL}{path}")
    assert response.status == 200 and response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    # The theme's stylesheet applied (a blocked stylesheet would leave the browser's defaults).
    assert page.evaluate("getComputedStyle(document.body).margin") != "8px" or path.startswith("/embed/")
    assert violations(page) == []
    assert csp_session.errors == [] and csp_session.foreign == []


@pytest.mark.browser
def test_search_runs_its_webassembly_under_the_csp(csp_session):
    page = csp_session.page
    page.goto(f"{SITEURL}/cari/")
    page.locator(".pagefind-ui__search-input").fill("puskesmas")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    assert "Puskesmas Keliling Hadir di Garut" in page.locator(".pagefind-ui__result-link").all_inner_texts()
    assert violations(page) == []
    assert csp_session.errors == [] and csp_session.foreign == []


@pytest.mark.browser
def test_other_sites_may_frame_embeds_and_nothing_else(browser, server):
    from tests.browser import HostServer, open_session

    host = HostServer()
    session = open_session(browser, ServedByNginx(server))
    session.page.context.add_init_script(LISTEN_FOR_VIOLATIONS)
    try:
        page = session.page
        body = (
            f'<iframe id="daftar" src="{SITEURL}/embed/berita/latest.html" title="Berita"></iframe>'
            f'<iframe id="beranda" src="{SITEURL}/" title="Beranda"></iframe>'
        )
        page.goto(host.page("/blog/", body))
        page.wait_for_load_state("networkidle")
        framed = page.frame_locator("#daftar")
        assert framed.locator("li").count() >= 1  # the iframe list renders inside the blog
        listed = page.locator("#daftar").element_handle().content_frame()
        home = page.locator("#beranda").element_handle().content_frame()
        assert listed.url == f"{SITEURL}/embed/berita/latest.html"
        # frame-ancestors 'none': the browser refuses to show the home page inside another site.
        assert not home.url.startswith(SITEURL), home.url
    finally:
        session.page.context.close()
        host.close()
