"""The editors' guide is written from the schema: it names every field, programme and region, and its examples pass."""

from __future__ import annotations

from hub_model.guide import example_file, render_guide
from hub_model.schema import KINDS
from tests.factories import SETTINGS, parse_text
from tests.site import ROOT

GUIDE = (ROOT / "content" / "README.md").read_text(encoding="utf-8")


def test_the_committed_guide_is_the_one_the_schema_writes():
    # After changing the schema or the programmes/regions: `make guide`, then commit content/README.md.
    assert render_guide(SETTINGS["HUB_PROGRAMS"], SETTINGS["HUB_REGIONS"]) == GUIDE


def test_every_field_of_every_kind_has_a_row_with_its_help_text():
    for kind in KINDS.values():
        for spec in kind.fields:
            section = GUIDE.split(f"## {kind.label} (")[1].split("\n## ")[0]
            [row] = [r for r in section.splitlines() if r.startswith(f"| `{spec.label}` |")]
            assert spec.help.split(".")[0].replace("|", "\\|") in row


def test_every_programme_and_region_slug_is_listed_with_its_name():
    for slug, name in {**SETTINGS["HUB_PROGRAMS"], **SETTINGS["HUB_REGIONS"]}.items():
        assert f"| `{slug}` | {name} |" in GUIDE


def test_the_guide_is_written_for_editors_in_indonesian():
    assert GUIDE.startswith("# Panduan penulisan konten")
    for english in ("the build", "required", "comma-separated", "what to write"):
        assert english not in GUIDE


def test_the_examples_in_the_guide_are_valid_items():
    for kind in KINDS.values():
        text = example_file(kind)
        assert f"```markdown\n{text}```" in GUIDE
        parsed = parse_text(text, kind.name, root=ROOT / "content")
        assert parsed.problems == [], (kind.name, parsed.problems)


def test_the_guide_explains_every_verdict_and_its_rating():
    from hub_model.schema import RATING_BEST, VERDICTS

    section = GUIDE.split("## Penilaian cek fakta")[1].split("\n## ")[0]
    assert f"skala 1 sampai {RATING_BEST}" in section
    for value, verdict in VERDICTS.items():
        assert f"| `{value}` | {verdict.label} | {verdict.rating} | {verdict.explanation} |" in section
