"""The CMS configuration, generated from the content schema and the declared taxonomy (pure).

``cms_config(kinds, programs, regions, options)`` returns Decap CMS's configuration as a dict
(written as ``admin/config.yml``; JSON is YAML): one folder collection per kind of item, one form
field per schema field in the order the scaffold writes them, then the body. Each field gets the
widget its type calls for, the schema's required-ness, limits and patterns as validation with the
reader's Indonesian fixes, its Indonesian label (``schema.FORM_LABELS``) and its help text as the
hint. What our serialiser (``theme/static/js/cms/format.js``) needs to write the header exactly
as the reader accepts it travels with each field: ``header`` (the label as written) and ``join``
(how list values are written). A field added to the schema appears here without any change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hub_model import fields as f
from hub_model.schema import BODY_LABEL, FORM_LABELS, FORM_PARTS, Field, Kind
from hub_model.taxonomy import SLUG_PATTERN

# How the serialiser writes a field's value back: one line of text, items joined on one line,
# one item per line, or one "a | b" pair per line (split at the first or the last bar when read).
TEXT, COMMA, LINES, PAIRS, PAIRS_LAST = "text", "comma", "lines", "pairs", "pairs-last"
DATE_FORMAT = "YYYY-MM-DD HH:mm"  # the reader's "2026-11-20 09:00" (moment.js tokens)
URL_PATTERN = r"^https?://[^\s]+$"
GEO_PATTERN = r"^\s*-?[0-9]+(\.[0-9]+)?\s*,\s*-?[0-9]+(\.[0-9]+)?\s*$"
COUNT_PATTERN = r"^[1-9][0-9]*$"
# Types whose value is a list, and how each is written.
LIST_JOINS = {"list": COMMA, "hashtags": COMMA, "paths": COMMA, "uids": COMMA, "urls": LINES}
PAIR_JOINS = {"speakers": PAIRS, "sources": PAIRS_LAST}


@dataclass(frozen=True)
class CmsOptions:
    """Where the CMS reads and writes, and which backends it talks to."""

    content_folder: str = "content"  # the content folder as the backend's paths start
    backend: dict = field(default_factory=lambda: {"name": "test-repo"})
    local_backend_url: str | None = None  # the local proxy (make cms); None: off
    local_hosts: tuple[str, ...] = ("127.0.0.1", "localhost")  # where /admin/ may use it from
    site_url: str = ""
    editorial_workflow: bool = False


def form_label(spec: Field) -> str:
    """Return the Indonesian label of a field in a form."""
    return FORM_LABELS.get(spec.key, spec.label.replace("_", " "))


def too_long(spec: Field) -> list[str]:
    """Return a length limit as a Decap pattern and the reader's fix."""
    return [rf"^[\s\S]{{0,{spec.max_length}}}$", f"terlalu panjang: {f.SHORTEN.format(limit=spec.max_length)}"]


def widget_of(spec: Field, programs: dict[str, str], regions: dict[str, str]) -> dict:
    """Return the widget (and its options) for a field's type."""
    kind = spec.type
    if kind == "text":
        widget = {"widget": "text" if spec.multiline else "string", "join": TEXT}
    elif kind == "slug":
        widget = {"widget": "string", "join": TEXT, "pattern": [SLUG_PATTERN.pattern, f.SLUG_FIX]}
    elif kind in ("choice", "choices", "program", "regions"):
        names = {"program": programs, "regions": regions}.get(kind, spec.choices)
        widget = {
            "widget": "select",
            "options": [{"label": name, "value": value} for value, name in names.items()],
            "join": COMMA if kind in ("choices", "regions") else TEXT,
        }
        if kind in ("choices", "regions"):
            widget["multiple"] = True
    elif kind == "datetime":
        widget = {"widget": "datetime", "format": DATE_FORMAT, "date_format": "YYYY-MM-DD", "time_format": "HH:mm"}
        widget["join"] = TEXT
    elif kind == "uid":
        # Filled with a new UUID when an item is first saved (admin.js), never shown or edited.
        widget = {"widget": "hidden", "join": TEXT, "uid": True}
    elif kind == "image":
        widget = {"widget": "image", "join": TEXT, "choose_url": False}
    elif kind == "url":
        widget = {"widget": "string", "join": TEXT, "pattern": [URL_PATTERN, f.URL_FIX]}
    elif kind == "geo":
        widget = {
            "widget": "string",
            "join": TEXT,
            "pattern": [GEO_PATTERN, "tulis lintang, bujur seperti -6.9216, 107.6094"],
        }
    elif kind == "count":
        widget = {
            "widget": "string",
            "join": TEXT,
            "pattern": [COUNT_PATTERN, "tulis bilangan bulat positif, misalnya 50"],
        }
    elif kind in PAIR_JOINS:
        parts = [{"name": name, "label": label, "widget": "string"} for name, label in FORM_PARTS[kind]]
        widget = {"widget": "list", "fields": parts, "join": PAIR_JOINS[kind]}
    elif kind in LIST_JOINS:
        widget = {"widget": "list", "join": LIST_JOINS[kind]}
    else:  # a type this module does not know yet: plain text, checked by the reader on save
        widget = {"widget": "text" if spec.multiline else "string", "join": TEXT}
    if spec.max_length and kind in ("text", "slug"):
        widget.setdefault("pattern", too_long(spec))
    return widget


def scaffold_default(spec: Field, widget: dict):
    """Return what a new optional field starts with: the scaffold's text, unless it is a template or a placeholder.

    A required field is the editor's own choice (programme, regions, verdict), so it starts empty.
    """
    text = spec.scaffold
    if spec.required or not text or "{" in text or spec.placeholder or widget["widget"] in ("hidden", "image"):
        return None
    if widget.get("multiple") or widget["widget"] == "list":
        return [item.strip() for item in text.split(",") if item.strip()]
    return text


def form_field(spec: Field, kind: Kind, programs: dict[str, str], regions: dict[str, str]) -> dict:
    """Return the form field of one schema field."""
    widget = widget_of(spec, programs, regions)
    entry = {
        "name": spec.label,
        "header": spec.label,
        "label": form_label(spec),
        "hint": spec.help,
        # A hidden field is filled on save, after the form is checked.
        "required": spec.required and widget["widget"] != "hidden",
        **widget,
    }
    when = spec.required_when
    if when and when.anchor in kind.by_key:
        entry["hint"] = f"{spec.help} Wajib {when.text}."
        entry["required_when"] = {
            "field": kind.by_key[when.anchor].label,
            "any_of": list(when.any_of),
            "default": when.default,
            "message": f"{form_label(spec)}: wajib diisi {when.text}",
        }
    default = scaffold_default(spec, widget)
    if default is not None:
        entry["default"] = default  # a new item starts as `make brief` writes it (Status: draft)
    return entry


def body_field(kind: Kind) -> dict:
    """Return the Markdown body, after the header."""
    return {"name": "body", "label": BODY_LABEL, "widget": "markdown", "required": False, "hint": ""}


def collection(kind: Kind, programs: dict[str, str], regions: dict[str, str], content: str) -> dict:
    """Return the folder collection of one kind of item."""
    folder = f"{content}/{kind.folder}"
    return {
        "name": kind.name,
        "label": kind.label,
        "label_singular": kind.label,
        "folder": folder,
        "create": True,
        "extension": "md",
        "format": f"hub-{kind.name}",
        "slug": "{{slug}}",
        "identifier_field": "Title",
        "media_folder": f"/{content}/images/{kind.folder}",
        "public_folder": f"/images/{kind.folder}",
        "fields": [form_field(spec, kind, programs, regions) for spec in kind.fields] + [body_field(kind)],
    }


def cms_config(kinds: dict[str, Kind], programs: dict[str, str], regions: dict[str, str], options: CmsOptions) -> dict:
    """Return the whole Decap CMS configuration."""
    config = {
        "backend": dict(options.backend),
        "locale": "id",
        "media_folder": f"{options.content_folder}/images",
        "public_folder": "/images",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [collection(kind, programs, regions, options.content_folder) for kind in kinds.values()],
    }
    if options.site_url:
        config["site_url"] = options.site_url
    if options.local_backend_url:
        config["local_backend"] = {"url": options.local_backend_url, "allowed_hosts": list(options.local_hosts)}
    if options.editorial_workflow:
        config["publish_mode"] = "editorial_workflow"
    return config


def load_options(settings: dict) -> CmsOptions:
    """Read ``CMS_*`` settings (checked once)."""
    backend = settings.get("CMS_BACKEND") or {"name": "test-repo"}
    if not isinstance(backend, dict) or not isinstance(backend.get("name"), str):
        msg = f"CMS_BACKEND must be a dict with a backend name: {backend!r}"
        raise TypeError(msg)
    local = settings.get("CMS_LOCAL_BACKEND_URL")
    if local is not None and not str(local).startswith(("http://127.0.0.1:", "http://localhost:")):
        msg = f"CMS_LOCAL_BACKEND_URL must be on this machine (http://127.0.0.1:PORT/api/v1): {local!r}"
        raise ValueError(msg)
    return CmsOptions(
        backend=backend,
        local_backend_url=local,
        site_url=str(settings.get("SITEURL", "")),
        editorial_workflow=bool(settings.get("CMS_EDITORIAL_WORKFLOW", False)),
    )
