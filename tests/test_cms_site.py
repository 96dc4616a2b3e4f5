"""/admin/ in a built site: its page, its generated configuration, the pinned bundle, and its place in the site."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile

import pytest
from cms import vendor
from cms.config import cms_config, load_options

from hub_build.headers import content_security_policy, load_policy
from hub_model.schema import KINDS
from tests.browser import header_rules
from tests.browser import headers_for as host_headers
from tests.factories import SETTINGS
from tests.site import SITEURL

BUNDLE = f"admin/decap-cms-{vendor.VERSION}/"


def test_the_admin_page_is_noindex_and_loads_only_same_origin_files(bundled_site):
    page = bundled_site.html("admin/index.html")
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex, nofollow"]
    scripts = page.xpath("//script/@src")
    assert all(not script.startswith("http") or script.startswith(SITEURL + "/") for script in scripts)
    assert [script for script in scripts if not script.startswith("http")] == [
        f"decap-cms-{vendor.VERSION}/decap-cms.js"
    ]
    assert not page.xpath("//script[not(@src)] | //style | //*[@style]")  # nothing the CSP would need hashes for
    [setup] = page.xpath("//script[@data-config]")
    assert setup.get("data-config") == "config.yml"
    assert setup.get("data-preview-style").startswith(f"{SITEURL}/theme/hashed/css/main.")  # the site's own stylesheet


def test_the_config_is_generated_from_the_schema_and_settings(bundled_site):
    written = json.loads(bundled_site.text("admin/config.yml"))
    settings = {**SETTINGS, "SITEURL": SITEURL}
    assert written == cms_config(KINDS, SETTINGS["HUB_PROGRAMS"], SETTINGS["HUB_REGIONS"], load_options(settings))
    assert written["backend"]["name"] == "gitea"
    assert written["local_backend"]["url"] == "http://127.0.0.1:8081/api/v1"


def test_the_bundle_is_the_installed_one_with_its_licences(bundled_site):
    for name in ("decap-cms.js", "LICENSE", "decap-cms.js.LICENSE.txt"):
        built = bundled_site.path(BUNDLE + name).read_bytes()
        assert built == (vendor.FOLDER / name).read_bytes(), name
    assert "MIT License" in bundled_site.text(BUNDLE + "LICENSE")
    assert not bundled_site.path(BUNDLE + vendor.STAMP).exists()


def test_admin_is_in_no_public_list(bundled_site):
    assert "/admin" not in bundled_site.text("sitemap.xml")
    for name in bundled_site.html_files:
        assert "/admin" not in bundled_site.text(name), name
    for path in bundled_site.all_text_files():
        if not path.is_relative_to(bundled_site.admin):
            assert "/admin/" not in path.read_text(encoding="utf-8"), path


def test_admin_has_its_own_csp_entry_and_no_other_host(bundled_site):
    rules = header_rules(bundled_site.text("_headers"))
    admin = host_headers("/admin/", rules)["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in admin.split("; ")}
    assert "'unsafe-eval'" in directives["script-src"]
    assert directives["style-src"] == ["'self'", SITEURL, "'unsafe-inline'"]  # no hash beside it: it would win
    assert directives["connect-src"] == [
        "'self'",
        SITEURL,
        "blob:",
        "http://127.0.0.1:8081",
        "https://git.example.go.id",
    ]
    home = host_headers("/", rules)["Content-Security-Policy"]
    assert "unsafe-eval" not in home and "unsafe-inline" not in home and "8081" not in home


def test_an_exception_adds_to_its_own_directive_only():
    policy = load_policy({"SITEURL": SITEURL, "HEADERS_CSP_EXCEPTIONS": {"/x/": {"img-src": ["data:"]}}})
    csp = content_security_policy("/x/", policy)
    assert f"default-src 'self' {SITEURL};" in csp and "img-src 'self' https://hub.example.test data:" in csp


def tarball(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_a_tarball_with_another_checksum_is_refused(tmp_path):
    data = tarball({"package/dist/decap-cms.js": b"alert(1)"})
    with pytest.raises(vendor.IntegrityError, match="not the pinned"):
        vendor.install(tmp_path / "decap", data)
    assert not (tmp_path / "decap").exists()


def test_only_the_browser_bundle_is_extracted(tmp_path):
    data = tarball(
        {
            "package/dist/decap-cms.js": b"cms",
            "package/dist/12.decap-cms.js": b"chunk",
            "package/dist/decap-cms.js.map": b"map",
            "package/dist/../../evil.js": b"evil",
            "package/package.json": b"{}",
        }
    )
    vendor.install(tmp_path / "decap", data, expected=vendor.integrity_of(data))
    assert sorted(p.name for p in (tmp_path / "decap").iterdir()) == [
        ".installed",
        "12.decap-cms.js",
        "LICENSE",
        "decap-cms.js",
    ]
    assert not (tmp_path / "evil.js").exists()


def test_the_pinned_integrity_is_npms_form():
    assert vendor.INTEGRITY.startswith("sha512-")
    assert (
        vendor.integrity_of(b"")
        == "sha512-" + "z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="
    )
    assert hashlib.sha512(b"").hexdigest().startswith("cf83e1")
    assert vendor.is_installed(vendor.FOLDER)  # make cms-vendor ran (make test depends on it)
