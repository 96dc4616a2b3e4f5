"""The CMS at /admin/ in Chromium, against the local backend on a copy of the bundled content.

The site is built from the copy and served on a 127.0.0.1 port (as ``make devserver`` does), the
local backend (``cms.server``, as ``make cms`` runs it) serves the same copy; the configuration's
backend address (port 8081) is routed to the test's own port. Every request the page makes is
recorded: none may go to another host.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from cms.server import CmsServer

from hub_model.parse import parse_item
from hub_model.schema import KIND_BY_FOLDER, SUMMARY_MAX
from tests.browser import Server, StaticSite, open_session
from tests.factories import SLUGIFY, context
from tests.site import ROOT, build_site

pytestmark = pytest.mark.browser

NOW = "2026-11-26 12:00"
PICTURE = ROOT / "content" / "images" / "briefs" / "umkm-garut.jpg"
LOCAL_BACKEND = "http://127.0.0.1:8081"


class CmsSite:
    """A copy of the bundled content, its site served on 127.0.0.1 and the local backend beside it."""

    def __init__(self, tmp: Path):
        self.content = tmp / "content"
        shutil.copytree(ROOT / "content", self.content)
        self.tmp = tmp
        self.static: StaticSite | None = None
        self.web = Server(self.respond)  # started first: the build needs its address
        self.url = self.web.url
        self.static = StaticSite(self.build("out").output)
        self.backend = CmsServer(self.content, self.url, port=0)
        self.backend_url = f"http://127.0.0.1:{self.backend.server_address[1]}"
        threading.Thread(target=self.backend.serve_forever, daemon=True).start()

    def respond(self, path: str):
        """Answer from the built site (once there is one)."""
        return self.static.respond(path)

    def build(self, name: str):
        """Build the copy as it is now, for this site's address."""
        return build_site(self.content, self.tmp / name, NOW, SITEURL=self.url, ORGANISATION_URL=self.url + "/tentang/")

    def close(self) -> None:
        """Stop both servers."""
        self.backend.shutdown()
        self.backend.server_close()
        self.web.close()


@pytest.fixture(scope="module")
def cms(tmp_path_factory):
    site = CmsSite(tmp_path_factory.mktemp("cms"))
    yield site
    site.close()


@pytest.fixture
def admin(browser, cms):
    """/admin/ before logging in, every request recorded."""
    session = open_session(browser, cms.static, timezone_id="Asia/Jakarta")
    session.requests = []
    page = session.page
    page.on("request", lambda request: session.requests.append(request.url))
    page.context.route(
        LOCAL_BACKEND + "/**",
        lambda route: route.continue_(url=route.request.url.replace(LOCAL_BACKEND, cms.backend_url)),
    )
    page.goto(cms.url + "/admin/")
    yield session
    page.context.close()


@pytest.fixture
def editor(admin):
    """A logged-in editor on /admin/, every request recorded."""
    admin.page.get_by_role("button", name="Masuk").click()
    admin.page.get_by_text("Berita").first.wait_for()
    return admin


def new_brief(page, url: str) -> None:
    page.goto(url + "/admin/#/collections/brief/new")
    page.get_by_label("Judul").wait_for()


def choose(page, label: str, *options: str) -> None:
    """Pick options in a select widget (react-select: type, then Enter)."""
    field = page.get_by_label(re.compile(rf"^{re.escape(label)}( \(tidak wajib\))?$"))
    for option in options:
        field.fill(option)
        page.keyboard.press("Enter")


def save(page) -> None:
    page.get_by_text("Simpan", exact=True).click()
    page.get_by_text("Simpan sekarang").click()


def wait_for_change(path: Path, before: str, page) -> str:
    """Return the file once the CMS has saved it with other text than ``before`` (after 10 s: as it is)."""
    for _ in range(50):
        if path.read_text(encoding="utf-8") != before:
            break
        page.wait_for_timeout(200)
    return path.read_text(encoding="utf-8")


def wait_for_file(path: Path, page) -> str:
    """Return the file the CMS saved, once it is there."""
    for _ in range(50):
        if path.is_file():
            return path.read_text(encoding="utf-8")
        page.wait_for_timeout(200)
    raise AssertionError(f"{path} was not saved")


def form_errors(page) -> list[str]:
    """Return the messages the form shows under its fields."""
    return page.locator("[class*=ErrorsList] li").all_text_contents()


def visible_lines(page) -> set[str]:
    """Return the lines of text the page shows (hidden elements left out)."""
    return {line.strip() for line in page.locator("body").inner_text().splitlines()}


# In the page: HubLocaleId (locale-id.js) against Decap's English locale, leaf by leaf: each phrase
# has the English one's placeholders and plural forms, no key is one Decap lacks, and none is
# missing; HubLocaleIdDirect (the saving wording) replaces some phrases, so none is missing there.
COMPARE_LOCALES = """() => {
  const placeholders = (text) => [...new Set(text.match(/%\\{\\w+\\}/g) || [])].sort().join(" ");
  const forms = (text) => text.split("||||").length;
  const result = { leaves: 0, missing: [], extra: [], mismatched: [] };
  const walk = (english, words, path, complete) => {
    const keys = new Set([...Object.keys(english || {}), ...Object.keys(words || {})]);
    for (const key of keys) {
      const here = path ? path + "." + key : key;
      const theirs = words && Object.prototype.hasOwnProperty.call(words, key) ? words[key] : undefined;
      if (!english || !(key in english)) {
        if (theirs !== undefined) result.extra.push(here);
      } else if (typeof english[key] === "object") {
        walk(english[key], typeof theirs === "object" ? theirs : undefined, here, complete);
      } else {
        if (complete) result.leaves += 1;
        if (typeof theirs !== "string") {
          if (complete) result.missing.push(here);
        } else if (placeholders(theirs) !== placeholders(english[key]) || forms(theirs) !== forms(english[key])) {
          result.mismatched.push(here + ": " + JSON.stringify(english[key]) + " → " + JSON.stringify(theirs));
        }
      }
    }
  };
  walk(CMS.getLocale("en"), window.HubLocaleId, "", true);
  walk(CMS.getLocale("en"), window.HubLocaleIdDirect, "", false);
  return result;
}"""


def test_editor_creates_a_brief_that_passes_check_and_builds(editor, cms):
    page = editor.page
    new_brief(page, cms.url)
    page.get_by_label("Judul").fill("Uji Formulir Redaksi Posyandu")
    page.get_by_role("button", name="Sekarang").first.click()  # Tanggal terbit: now, in Asia/Jakarta
    choose(page, "Program", "Kesehatan")
    choose(page, "Wilayah", "Kota Bandung", "Kabupaten Garut")
    page.get_by_label("Ringkasan").fill("Kader posyandu di Bandung dan Garut belajar mencatat tumbuh kembang anak.")
    upload = cms.tmp / "uji-posyandu.jpg"
    shutil.copyfile(PICTURE, upload)
    page.get_by_text("Pilih gambar").click()
    page.locator("input[type=file]").set_input_files(str(upload))
    page.get_by_text("uji-posyandu.jpg").wait_for()
    chosen = page.get_by_role("button", name="Pakai yang dipilih")
    if not chosen.is_enabled():  # the upload is selected once it is saved; otherwise pick it
        page.get_by_text("uji-posyandu.jpg").click()
    chosen.click()
    page.get_by_label("Teks alternatif gambar").fill("Kader posyandu menimbang bayi di balai desa")
    choose(page, "Status", "Terbit")
    page.locator("[contenteditable=true]").last.click()
    page.keyboard.type("Pelatihan berlangsung dua hari di balai desa.")
    # The live preview: the brief's markup, the site's stylesheet, the programme and regions by name.
    preview = page.frame_locator("#preview-pane")
    assert preview.locator("h1").text_content() == "Uji Formulir Redaksi Posyandu"
    assert preview.locator(".brief__program").text_content() == "Kesehatan"
    assert preview.locator(".brief__footer").text_content() == "Kota Bandung, Kabupaten Garut"
    assert "/theme/hashed/css/main." in preview.locator("link[rel=stylesheet]").first.get_attribute("href")
    save(page)

    text = wait_for_file(cms.content / "briefs" / "uji-formulir-redaksi-posyandu.md", page)
    header, _, body = text.partition("\n\n")
    lines = header.splitlines()
    # The scaffold's order, the reader's format: one `Field: value` line each, then the body.
    assert [line.split(":", 1)[0] for line in lines] == [
        "Title", "Uid", "Date", "Program", "Regions", "Summary", "Image", "Image_Alt", "Hashtags", "Status"
    ]  # fmt: skip
    assert re.fullmatch(r"Uid: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", lines[1])
    date = re.fullmatch(r"Date: (\d{4}-\d\d-\d\d \d\d:\d\d)", lines[2]).group(1)
    assert "Regions: kota-bandung, kabupaten-garut" in lines
    assert "Image: /images/briefs/uji-posyandu.jpg" in lines
    assert "Status: published" in lines
    assert body == "Pelatihan berlangsung dua hari di balai desa.\n"
    assert (cms.content / "images" / "briefs" / "uji-posyandu.jpg").read_bytes() == PICTURE.read_bytes()

    checked = subprocess.run(
        ["make", "--no-print-directory", "check", f"CONTENT={cms.content}"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # Built as of a minute after the date the form gave it, the brief is on the site as written.
    later = (dt.datetime.fromisoformat(date) + dt.timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M")
    built = build_site(cms.content, cms.tmp / "after", later, SITEURL=cms.url, ORGANISATION_URL=cms.url + "/tentang/")
    page_html = built.html("berita/uji-formulir-redaksi-posyandu/index.html")
    assert page_html.findtext(".//h1").strip() == "Uji Formulir Redaksi Posyandu"
    text_content = page_html.text_content()
    assert "Kesehatan" in text_content and "Kota Bandung" in text_content and "Kabupaten Garut" in text_content
    assert page_html.xpath('//img[@alt="Kader posyandu menimbang bayi di balai desa"]')

    # Nothing but this machine: the site's own address and the local backend.
    hosts = {urlsplit(url).netloc for url in editor.requests if not url.startswith(("blob:", "data:"))}
    assert hosts <= {urlsplit(cms.url).netloc, "127.0.0.1:8081"}, hosts
    assert editor.foreign == []
    assert not [error for error in editor.errors if "Content Security Policy" in error]


def test_form_refuses_a_missing_required_field_and_a_long_summary(editor, cms):
    page = editor.page
    new_brief(page, cms.url)
    page.get_by_label("Judul").fill("Uji Ringkasan Terlalu Panjang")
    page.get_by_label("Ringkasan").fill("a" * (SUMMARY_MAX + 1))
    save(page)
    page.locator("[class*=ErrorsList] li").first.wait_for()
    errors = form_errors(page)
    assert f"Ringkasan: terlalu panjang: persingkat menjadi paling banyak {SUMMARY_MAX} karakter." in errors
    assert "Program wajib diisi." in errors
    assert "Wilayah wajib diisi." in errors
    assert not (cms.content / "briefs" / "uji-ringkasan-terlalu-panjang.md").exists()


def test_editing_a_brief_changes_only_the_edited_line(editor, cms):
    page = editor.page
    path = cms.content / "briefs" / "umkm-garut-naik-kelas.md"
    before = path.read_text(encoding="utf-8")
    page.goto(cms.url + "/admin/#/collections/brief/entries/umkm-garut-naik-kelas")
    summary = page.get_by_label("Ringkasan")
    summary.wait_for()
    old = summary.input_value()
    summary.fill(old + " Diperbarui.")
    save(page)
    after = wait_for_change(path, before, page)
    assert after == before.replace(f"Summary: {old}\n", f"Summary: {old} Diperbarui.\n")


def test_a_picture_without_its_alt_text_is_refused(editor, cms):
    page = editor.page
    new_brief(page, cms.url)
    page.get_by_label("Judul").fill("Uji Gambar Tanpa Teks Alternatif")
    page.get_by_role("button", name="Sekarang").first.click()
    choose(page, "Program", "Kesehatan")
    choose(page, "Wilayah", "Kota Bandung")
    page.get_by_label("Ringkasan").fill("Ringkasan singkat.")
    page.get_by_text("Pilih gambar").click()
    page.get_by_text("umkm-garut.jpg").click()
    page.get_by_role("button", name="Pakai yang dipilih").click()
    save(page)
    page.get_by_text("Teks alternatif gambar: wajib diisi bila Image diisi").wait_for()
    assert not (cms.content / "briefs" / "uji-gambar-tanpa-teks-alternatif.md").exists()


def test_editing_an_event_keeps_every_other_value(editor, cms):
    page = editor.page
    path = cms.content / "events" / "bincang-kreator-umkm-bogor.md"
    before = path.read_text(encoding="utf-8")
    page.goto(cms.url + "/admin/#/collections/event/entries/bincang-kreator-umkm-bogor")
    venue = page.get_by_role("textbox", name="Tempat (tidak wajib)", exact=True)
    venue.wait_for()
    venue.fill("Gedung Kesenian Kota Bogor")
    save(page)
    after = wait_for_change(path, before, page)
    assert "Venue: Gedung Kesenian Kota Bogor\n" in after
    # Written in the canonical form (the schema's order), read by the reader as before but for the venue.
    expected = before.replace("Venue: Balai Kota Bogor\n", "Venue: Gedung Kesenian Kota Bogor\n")
    assert parsed_values(cms.content, path, after) == parsed_values(cms.content, path, expected)
    assert "Speakers: Pelaku UMKM kuliner Bogor | Narasumber\n  Kreator konten kuliner | Narasumber\n" in after


def parsed_values(root: Path, path: Path, text: str):
    relative = path.relative_to(root).as_posix()
    item = parse_item(
        f"content/{relative}", relative, text.encode("utf-8"), KIND_BY_FOLDER["events"], context(root), slugify=SLUGIFY
    )
    assert item.ok, item.problems
    return item.values, item.body


def test_every_decap_phrase_has_an_indonesian_one(admin):
    """Every leaf of Decap's English locale has an Indonesian phrase with the same placeholders."""
    result = admin.page.evaluate(COMPARE_LOCALES)
    assert result["leaves"] > 200, result["leaves"]  # the English tree was there to compare with
    assert result["missing"] == [], "no Indonesian phrase for: " + ", ".join(result["missing"])
    assert result["mismatched"] == [], "other placeholders or plural forms:\n" + "\n".join(result["mismatched"])
    assert result["extra"] == [], "keys Decap does not have: " + ", ".join(result["extra"])


def test_editor_meets_the_cms_in_indonesian(editor, cms):
    """The header, the collection sidebar, the new-item button, the search box and the form are Indonesian."""
    page = editor.page
    assert page.evaluate("window.HubLocaleId"), "locale-id.js was not loaded"
    phrases = page.evaluate("CMS.getLocale('id')")  # what the CMS registered, for this site's mode
    top = phrases["collection"]["collectionTop"]
    page.goto(cms.url + "/admin/#/collections/brief")
    new_button = page.get_by_role("link", name=top["newButtonAriaLabel"].replace("%{collectionLabel}", "Berita"))
    assert new_button.text_content() == top["newButton"].replace("%{collectionLabel}", "Berita")
    assert page.get_by_placeholder(phrases["collection"]["sidebar"]["searchAll"], exact=True).is_visible()
    lines = visible_lines(page)
    header = phrases["app"]["header"]
    assert {header["content"], header["quickAdd"], phrases["collection"]["sidebar"]["collections"]} <= lines, lines
    english = lines & {"Contents", "Quick add", "Search all", "Collections", "New"}
    assert not english, english
    assert page.get_by_placeholder("Search all").count() == 0

    new_brief(page, cms.url)
    widgets = phrases["editor"]["editorWidgets"]
    page.get_by_text(widgets["image"]["choose"], exact=True).wait_for()
    lines = visible_lines(page)
    assert widgets["datetime"]["now"] in lines, lines
    assert phrases["editor"]["editorToolbar"]["publish"] in lines, lines
    english = lines & {"Now", "Clear", "Choose an image", "Insert from URL", "Publish", "Unsaved Changes"}
    assert not english, english


def test_publish_is_worded_as_saving_without_the_editorial_workflow_and_as_publishing_with_it(admin):
    """Locally a "publish" writes the file ("Simpan"); with the workflow it merges the reviewed change ("Terbitkan")."""
    toolbar = "(config) => HubPhrases(config).editor.editorToolbar"
    direct = admin.page.evaluate(toolbar, {})
    workflow = admin.page.evaluate(toolbar, {"publish_mode": "editorial_workflow"})
    assert (direct["publish"], direct["publishNow"], direct["save"]) == ("Simpan", "Simpan sekarang", "Simpan")
    assert (workflow["publish"], workflow["publishNow"], workflow["save"]) == (
        "Terbitkan",
        "Terbitkan sekarang",
        "Simpan",
    )
    assert admin.page.evaluate("HubPhrases({}).ui.toast.entryPublished") == "Tersimpan"
