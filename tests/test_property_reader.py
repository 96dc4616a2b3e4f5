"""Random bytes and random headers never crash the reader, and never publish a draft.

The reader either accepts a file (then its values build a model) or reports clean problems, each
with a file, a line inside the file, a field, a message and a fix. A draft whose header an editor
mangled is either refused or still a draft: never a published item. The last test runs real
builds on mangled drafts and searches every output file for them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.model import event_details
from hub_model.model import build_item, item_visibility
from hub_model.schema import KINDS
from hub_model.visibility import Placement, placement
from tests.factories import FIXTURE, JKT, header, parse_text
from tests.site import BuildFailed, build_site

NOW = dt.datetime(2026, 6, 15, 12, tzinfo=JKT)
DRAFT = {
    "title": "Rahasia Acak",
    "uid": "ac4c4c4c-ac4c-4c4c-8c4c-ac4cac4cac4c",
    "date": "2026-05-10 09:00",
    "program": "kesehatan",
    "regions": "kota-bandung",
    "summary": "Ringkasan acak.",
    "status": "draft",
}
# Values that look like what editors type, plus anything at all.
plausible = st.sampled_from(
    [
        "",
        " ",
        "2026-05-10 09:00",
        "2026-05-10",
        "2026-05-10T09:00+08:00",
        "2026-02-30",
        "kesehatan",
        "kota-bandung, jawa-barat",
        "images/pasar.jpg",
        "{static}/images/kelas.jpg",
        "../../etc/passwd",
        "https://example.org/x",
        "-6.9, 107.6",
        "50",
        "Asia/Jakarta",
        "Nama | Peran",
        "online",
        "mixed",
        "cancelled",
        "withdrawn",
        "draft",
        "published",
        "#Jabar",
        "/berita/lama/",
        "11111111-1111-4111-8111-111111111111",
        "</script><script>alert(1)</script>",
    ]
)
value = st.one_of(plausible, st.text(max_size=40))
all_keys = sorted({spec.key for kind in KINDS.values() for spec in kind.fields} | {"progam", "x", "status "})
field_names = st.sampled_from(all_keys)


def assert_clean(parsed, text_lines: int):
    for problem in parsed.problems:
        assert problem.path == parsed.path and problem.field and problem.message and problem.fix
        assert 0 <= problem.line <= text_lines + 2, problem
        assert problem.severity in ("error", "warning")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), kind=st.sampled_from(sorted(KINDS)))
def test_random_bytes_give_clean_problems_or_an_item(data, kind):
    parsed = parse_text(data, kind)
    assert_clean(parsed, data.count(b"\n") + data.count(b"\r") + 1)  # a lone CR ends a line too


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(KINDS)), fields=st.dictionaries(field_names, value, max_size=14))
def test_random_headers_give_clean_problems_or_a_model(kind, fields):
    text = header(kind, fields) + "\n\nIsi."
    parsed = parse_text(text, kind)
    assert_clean(parsed, text.count("\n") + text.count("\r") + 1)
    if kind == "page" or not parsed.ok:
        return
    visibility = item_visibility(parsed.values, NOW)
    item = build_item(parsed.values, visibility, placement(visibility, False), lambda p: f"https://s.test/{p}", len)
    assert item.program.slug and item.regions and item.uid == parsed.values["uid"]
    if kind == "event":
        details = event_details(parsed.values, "Asia/Jakarta", "Diskominfo")
        assert details.end >= details.start and details.when and isinstance(details.place, str)


# Ways an editor mangles one header line: the kinds of typo found by hand, in random combinations.
def mangle(line: str, how: str) -> list[str]:
    key, _, rest = line.partition(":")
    return {
        "space-before-colon": [f"{key} :{rest}"],
        "blank-before": ["", line],
        "lower-case": [f"{key.lower()}:{rest}"],
        "upper-case": [f"{key.upper()}:{rest}"],
        "indent": [f"  {line}"],
        "tab-indent": [f"\t{line}"],
        "duplicate": [line, line],
        "dash": [f"- {line}"],
        "no-space": [f"{key}:{rest.strip()}"],
        "trailing-space": [f"{line}   "],
        "crlf": [f"{line}\r"],
        "nbsp": [f"{key}:\u00a0{rest.strip()}"],
    }[how]


hows = st.sampled_from(
    [
        "space-before-colon",
        "blank-before",
        "lower-case",
        "upper-case",
        "indent",
        "tab-indent",
        "duplicate",
        "dash",
        "no-space",
        "trailing-space",
        "crlf",
        "nbsp",
    ]
)
mangles = st.dictionaries(st.sampled_from(sorted(DRAFT)), hows, max_size=4)


def mangled_draft(changes: dict, extra_lines: list[str]) -> str:
    lines = []
    for line in header("brief", DRAFT).split("\n"):
        key = line.split(":", 1)[0].lower()
        lines += mangle(line, changes[key]) if key in changes else [line]
    return "\n".join(lines + extra_lines) + "\n\nIsi rahasia acak.\n"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=mangles, extra=st.lists(st.sampled_from(["Status: published", "Share_Text: x", "lanjutan"]), max_size=2))
def test_a_mangled_draft_is_refused_or_stays_a_draft(changes, extra):
    parsed = parse_text(mangled_draft(changes, extra), "brief")
    assert_clean(parsed, 40)
    if parsed.ok:
        visibility = item_visibility(parsed.values, NOW)
        assert placement(visibility, preview=False) is Placement.NOWHERE, (changes, extra)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(changes=mangles, junk=st.text(alphabet=string.printable + "\x00\x07\ufffe\u202e", max_size=20))
def test_real_builds_of_mangled_drafts_never_publish_them(tmp_path_factory, changes, junk):
    root = tmp_path_factory.mktemp("mangled")
    content = root / "content"
    shutil.copytree(FIXTURE, content)
    (content / "briefs" / "acak.md").write_text(mangled_draft(changes, [f"Tags: {junk}"]), encoding="utf-8")
    try:
        site = build_site(content, root / "output", "2026-06-15 12:00")
    except BuildFailed as stopped:
        assert stopped.problems and all(p.message and p.fix for p in stopped.problems)
        return
    for path in site.output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Rahasia Acak" not in data and b"ac4c4c4c-ac4c-4c4c" not in data, path
