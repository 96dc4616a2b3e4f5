"""The CMS configuration is generated from the content schema: every field, its widget and its checks."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from cms import config as cms

from hub_model import schema
from hub_model.schema import KINDS, SHARE_TEXT_MAX, SUMMARY_MAX, Field, Kind
from tests.factories import SETTINGS

OPTIONS = cms.CmsOptions(local_backend_url="http://127.0.0.1:8081/api/v1")


def generate(kinds=KINDS) -> dict:
    return cms.cms_config(kinds, SETTINGS["HUB_PROGRAMS"], SETTINGS["HUB_REGIONS"], OPTIONS)


def fields_of(config: dict, kind: str) -> dict[str, dict]:
    [collection] = [c for c in config["collections"] if c["name"] == kind]
    return {field["name"]: field for field in collection["fields"]}


def test_one_collection_per_kind_in_its_content_folder():
    config = generate()
    assert [(c["name"], c["folder"]) for c in config["collections"]] == [
        ("brief", "content/briefs"),
        ("event", "content/events"),
        ("clarification", "content/cek-fakta"),
        ("page", "content/pages"),
    ]
    assert all(c["extension"] == "md" and c["format"] == f"hub-{c['name']}" for c in config["collections"])
    assert config["local_backend"]["url"] == "http://127.0.0.1:8081/api/v1"
    assert config["media_folder"] == "content/images"


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_schema_field_is_in_the_form_in_the_scaffold_order(kind):
    names = list(fields_of(generate(), kind))
    assert names == [spec.label for spec in KINDS[kind].fields] + ["body"]


def test_a_field_added_to_the_schema_appears_without_touching_cms_code(monkeypatch):
    extra = Field("Image_Source", "text", "Sumber gambar, satu baris.", max_length=120, scaffold="")
    brief = KINDS["brief"]
    grown = Kind(brief.name, brief.folder, brief.label, (*brief.fields, extra), brief.body_scaffold)
    monkeypatch.setitem(schema.KINDS, "brief", grown)
    field = fields_of(generate(schema.KINDS), "brief")["Image_Source"]
    assert field["widget"] == "string" and field["hint"] == "Sumber gambar, satu baris."
    assert field["label"] == "Image Source"  # no Indonesian label declared yet: shown as written
    assert field["pattern"][0] == r"^[\s\S]{0,120}$"


def test_widgets_follow_the_field_types():
    brief = fields_of(generate(), "brief")
    assert brief["Program"]["widget"] == "select" and "multiple" not in brief["Program"]
    assert {"label": "Kesehatan", "value": "kesehatan"} in brief["Program"]["options"]
    assert brief["Regions"]["multiple"] is True
    assert {"label": "Kota Bandung", "value": "kota-bandung"} in brief["Regions"]["options"]
    assert brief["Date"]["widget"] == "datetime" and brief["Date"]["format"] == "YYYY-MM-DD HH:mm"
    assert brief["Image"]["widget"] == "image"
    assert brief["Uid"] == {**brief["Uid"], "widget": "hidden", "uid": True, "required": False}
    assert brief["body"]["widget"] == "markdown"
    event = fields_of(generate(), "event")
    assert event["Speakers"]["widget"] == "list" and event["Speakers"]["join"] == "pairs"
    assert [part["name"] for part in event["Speakers"]["fields"]] == ["name", "role"]
    clarification = fields_of(generate(), "clarification")
    assert clarification["Evidence"]["join"] == "pairs-last"
    assert clarification["Claim_Links"]["join"] == "lines"
    assert clarification["Claim_Platforms"]["multiple"] is True


def test_required_limits_and_patterns_are_the_schemas():
    brief = fields_of(generate(), "brief")
    for spec in KINDS["brief"].fields:
        if spec.type != "uid":
            assert brief[spec.label]["required"] is spec.required, spec.label
    assert brief["Summary"]["pattern"] == [
        rf"^[\s\S]{{0,{SUMMARY_MAX}}}$",
        f"terlalu panjang: persingkat menjadi paling banyak {SUMMARY_MAX} karakter",
    ]
    assert brief["Share_Text"]["pattern"][0] == rf"^[\s\S]{{0,{SHARE_TEXT_MAX}}}$"
    assert re.match(brief["Slug"]["pattern"][0], "umkm-garut") and not re.match(brief["Slug"]["pattern"][0], "UMKM")
    assert brief["Image_Alt"]["required_when"] == {
        "field": "Image",
        "any_of": [],
        "default": None,
        "message": "Teks alternatif gambar: wajib diisi bila Image diisi",
    }
    venue = fields_of(generate(), "event")["Venue"]["required_when"]
    assert (venue["field"], venue["any_of"], venue["default"]) == ("Attendance", ["offline", "mixed"], "offline")


@pytest.mark.parametrize(
    ("values", "expected"),
    [({}, True), ({"attendance": "online"}, False), ({"attendance": "mixed"}, True)],
)
def test_conditions_as_data_are_the_readers(values, expected):
    venue = KINDS["event"].by_key["venue"].required_when
    assert venue.applies(values) is expected


def test_labels_and_hints_are_indonesian_from_the_schema():
    brief = fields_of(generate(), "brief")
    assert brief["Title"]["label"] == "Judul"
    assert brief["Summary"]["hint"] == KINDS["brief"].by_key["summary"].help
    assert generate()["locale"] == "id"
    labelled = {spec.key for kind in KINDS.values() for spec in kind.fields}
    assert set(schema.FORM_LABELS) <= labelled  # no label for a field that does not exist


def test_new_items_start_as_the_scaffold_writes_them():
    brief = fields_of(generate(), "brief")
    assert brief["Status"]["default"] == "draft"
    assert brief["Hashtags"]["default"] == ["#JabarJuara", "#SilihTulungan"]
    assert "default" not in brief["Program"] and "default" not in brief["Summary"]  # the editor's choice / placeholder


def test_the_config_is_json_and_so_yaml():
    text = json.dumps(generate(), ensure_ascii=False)
    assert json.loads(text) == generate()


def test_options_are_checked():
    with pytest.raises(ValueError, match="this machine"):
        cms.load_options({"CMS_LOCAL_BACKEND_URL": "http://hub.example:8081/api/v1"})
    with pytest.raises(TypeError):
        cms.load_options({"CMS_BACKEND": "github"})
    options = cms.load_options({**SETTINGS, "CMS_EDITORIAL_WORKFLOW": True})
    assert cms.cms_config(KINDS, {}, {}, options)["publish_mode"] == "editorial_workflow"
    assert dataclasses.replace(options, local_backend_url=None).local_backend_url is None
