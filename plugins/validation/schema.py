"""The content schema: which fields each kind of item takes, and what each field must hold.

One table per kind; later kinds plug in by adding a table. Each field names a check (a pure
function in ``rules``) and whether it is required. Labels are spelled as editors write them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Field:
    """One metadata field: its label as written, its check, and whether it must be present."""

    label: str
    check: str  # name of a checker in rules.CHECKS
    required: bool = False
    options: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Return the lower-case key Pelican's Markdown reader uses."""
        return self.label.lower()


SUMMARY_MAX = 300
SHARE_TEXT_MAX = 280

COMMON = (
    Field("Title", "text", required=True),
    Field("Slug", "slug"),
    Field("Summary", "text", options={"max": SUMMARY_MAX}),
    Field("Status", "choice", options={"choices": ("published", "draft", "withdrawn")}),
    Field("Withdrawn_Reason", "text"),
    Field("Expires", "datetime"),
    Field("Modified", "datetime"),
    Field("Template", "text"),
    Field("Redirect_From", "paths"),
)

SHAREABLE = (
    Field("Uid", "uid", required=True),
    Field("Date", "datetime", required=True),
    Field("Summary", "text", required=True, options={"max": SUMMARY_MAX}),
    Field("Program", "program", required=True),
    Field("Regions", "regions", required=True),
    Field("Tags", "list"),
    Field("Image", "image"),
    Field("Image_Alt", "text"),
    Field("Hashtags", "hashtags"),
    Field("Share_Text", "text", options={"max": SHARE_TEXT_MAX}),
)

EVENT_ONLY = (
    Field("Start", "datetime", required=True),
    Field("End", "datetime"),
    Field("Timezone", "timezone"),
    Field("Attendance", "choice", options={"choices": ("offline", "online", "mixed")}),
    Field("Venue", "text"),
    Field("Address", "text"),
    Field("Geo", "geo"),
    Field("Online_Url", "url"),
    Field("Registration_Url", "url"),
    Field("Registration_Deadline", "datetime"),
    Field("Capacity", "count"),
    Field("Speakers", "speakers"),
    Field("Organiser", "text"),
    Field(
        "Event_Status",
        "choice",
        options={"choices": ("scheduled", "postponed", "rescheduled", "cancelled")},
    ),
)


def merge(*groups: tuple[Field, ...]) -> dict[str, Field]:
    """Merge field groups by key; later groups override earlier ones."""
    merged: dict[str, Field] = {}
    for group in groups:
        for spec in group:
            merged[spec.key] = spec
    return merged


SCHEMAS: dict[str, dict[str, Field]] = {
    "brief": merge(COMMON, SHAREABLE),
    "event": merge(COMMON, SHAREABLE, EVENT_ONLY),
    "page": merge(COMMON),
}

# Top-level content folder -> kind of item.
KIND_BY_FOLDER = {"briefs": "brief", "events": "event", "pages": "page"}


def kind_of(source_path: str) -> str | None:
    """Return the kind of item for a path relative to the content folder, or None."""
    top = source_path.replace("\\", "/").split("/", 1)[0]
    return KIND_BY_FOLDER.get(top)
