"""Page-weight budgets: what a phone on slow mobile data downloads for each page, gzipped, images aside.

Usage: ``python benchmarks/budgets.py [OUTPUT --siteurl URL]``: prints every budgeted figure of a
built site (default: the bundled content, built into a temporary folder as of the tests' pinned
"now"; ``make html`` builds for ``--siteurl http://127.0.0.1:8000``).
tests/test_budgets.py asserts the same figures with the same functions.

Sizes are deterministic: each file is gzipped at level 9 with no timestamp, so a figure changes
only when the bytes do. A page's weight is its HTML plus every first-party stylesheet and script
it names; images (pictures, icons, the emblem) are left out (their budgets are the image
pipeline's). Scripts a page adds while it runs (the blogger page's previews load the widget) are
counted by the browser test from what Chromium actually requested.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
KB = 1024
# The budgets, gzipped bytes.
HOME_MAX = 30 * KB  # home page: HTML, CSS, JS
BRIEF_MAX = 25 * KB  # a brief's page: HTML, CSS, JS
JS_MAX = 10 * KB  # first-party JavaScript on any public page (the search page, with Pagefind, aside)
CSS_MAX = 10 * KB  # stylesheets on any public page
# The search page loads Pagefind's own UI (about 30 KB gzipped, plus its index as you type).
JS_EXEMPT = ("cari/index.html",)
NOW = "2026-11-26 12:00"


def gzipped(data: bytes) -> int:
    """Return the gzipped size of ``data``: level 9, no name, no timestamp (the same every run)."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


@dataclass(frozen=True)
class Weight:
    """What one page costs to download, gzipped: its HTML, stylesheets and scripts (bytes)."""

    page: str
    html: int
    css: int
    js: int
    styles: tuple[str, ...]  # site-relative paths
    scripts: tuple[str, ...]

    @property
    def total(self) -> int:
        """Return everything the page downloads, images aside."""
        return self.html + self.css + self.js


def assets(html: bytes, siteurl: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return a page's first-party stylesheets and scripts (site-relative), and the addresses it loads from elsewhere.

    Only what a browser fetches by itself counts: stylesheets, scripts, images, frames, media
    and icons; links a reader may follow do not.
    """
    doc = lxml.html.fromstring(html)
    styles = doc.xpath("//link[@rel='stylesheet']/@href")
    scripts = doc.xpath("//script/@src")
    fetched = [*styles, *scripts, *doc.xpath("//img/@src | //iframe/@src | //video/@src | //audio/@src")]
    fetched += doc.xpath("//source/@src | //link[@rel='icon' or @rel='preload' or @rel='modulepreload']/@href")
    prefix = siteurl.rstrip("/") + "/"

    def local(urls):
        return tuple(url.removeprefix(prefix) for url in urls if url.startswith(prefix))

    return local(styles), local(scripts), tuple(url for url in fetched if not url.startswith(prefix))


def page_weight(output: Path, page: str, siteurl: str) -> Weight:
    """Return the weight of ``page`` (site-relative file, e.g. ``index.html``) of the site built in ``output``."""
    html = (output / page).read_bytes()
    styles, scripts, _ = assets(html, siteurl)
    return Weight(page, gzipped(html), files_weight(output, styles), files_weight(output, scripts), styles, scripts)


def files_weight(output: Path, paths) -> int:
    """Return the gzipped size of the site's files at ``paths``, each counted once (a missing one weighs nothing)."""
    files = [output / path for path in dict.fromkeys(paths)]
    return sum(gzipped(file.read_bytes()) for file in files if file.is_file())


def public_pages(output: Path) -> list[str]:
    """Return every HTML page readers open (not the framed embeds under embed/, nor the editors' CMS under admin/)."""
    return sorted(
        str(p.relative_to(output))
        for p in output.rglob("*.html")
        if not str(p.relative_to(output)).startswith(("embed/", "admin/"))
    )


def brief_pages(output: Path) -> list[str]:
    """Return every brief's page."""
    return sorted(str(p.relative_to(output)) for p in output.glob("berita/*/index.html") if p.parent.name != "halaman")


def report(output: Path, siteurl: str) -> list[tuple[str, int, int]]:
    """Return (figure, bytes, budget) for every budget, the heaviest page of each kind."""
    pages = [page_weight(output, page, siteurl) for page in public_pages(output)]
    briefs = [w for w in pages if w.page in brief_pages(output)]
    heaviest_brief = max(briefs, key=lambda w: w.total)
    scripted = [w for w in pages if w.page not in JS_EXEMPT]
    heaviest_js = max(scripted, key=lambda w: w.js)
    heaviest_css = max(pages, key=lambda w: w.css)
    home = next(w for w in pages if w.page == "index.html")
    return [
        ("home page (index.html)", home.total, HOME_MAX),
        (f"heaviest brief page ({heaviest_brief.page})", heaviest_brief.total, BRIEF_MAX),
        (f"most JavaScript ({heaviest_js.page}, declared)", heaviest_js.js, JS_MAX),
        (f"most CSS ({heaviest_css.page})", heaviest_css.css, CSS_MAX),
    ]


def build_bundled(output: Path, siteurl: str) -> None:
    """Build the bundled content into ``output`` as the tests do (pinned "now", no cache, no search)."""
    sys.path[:0] = [str(ROOT), str(ROOT / "plugins")]
    from tests.site import build_site  # noqa: PLC0415 (only the command needs a build)

    build_site(ROOT / "content", output, NOW, SITEURL=siteurl)


def main(argv: list[str] | None = None) -> int:
    """Print every budgeted figure of a built site (the bundled content when no folder is given)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, help="a built site (default: build the bundled content)")
    parser.add_argument("--siteurl", default="https://hub.example.test", help="the SITEURL it was built for")
    args = parser.parse_args(argv)
    siteurl = args.siteurl.rstrip("/")
    with tempfile.TemporaryDirectory(prefix="hub-budgets-") as scratch:
        output = args.output or Path(scratch) / "site"
        if args.output is None:
            build_bundled(output, siteurl)
        for name, size, budget in report(output, siteurl):
            verdict = "ok" if size <= budget else "OVER"
            print(f"{name:<70} {size / KB:6.1f} KB of {budget / KB:4.0f} KB  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
