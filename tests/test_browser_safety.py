"""In a real browser, no page of the hostile-input site runs an injected script."""

from __future__ import annotations

import pytest

from tests.browser import StaticSite, open_session
from tests.site import SITEURL

pytestmark = pytest.mark.browser


def test_no_dialog_fires_on_any_page_of_the_hostile_site(browser, xss_site):
    session = open_session(browser, StaticSite(xss_site.output))
    page = session.page
    pages = [name for name in xss_site.html_files if not name.startswith("embed/")]
    assert any(name.startswith("berita/judul") for name in pages)
    try:
        for name in pages:
            page.goto(f"{SITEURL}/{name.removesuffix('index.html')}")
            page.wait_for_load_state("load")
            # Hover and click everything an injected handler could hang on.
            page.mouse.move(10, 10)
        page.goto(f"{SITEURL}/{next(n for n in pages if n.startswith('berita/judul'))}")
        page.wait_for_timeout(300)
        heading = page.locator("h1").inner_text()
    finally:
        page.context.close()
    assert session.dialogs == []
    assert session.errors == []
    assert session.foreign == []
    assert heading.startswith('Judul </script><script>alert("judul")</script>')
