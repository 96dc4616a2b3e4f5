"""Write a new brief, event or clarification with every field, today's date and a fresh permanent Uid.

Usage: ``python -m hub_model.scaffold brief|event|clarification "Judul"`` (``make brief``/``make event``/
``make cekfakta``).
The file starts as ``Status: draft``, so nothing is published until the editor says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from hub_model.problems import format_problem, missing_content
from hub_model.schema import KINDS, TITLE_MAX
from hub_model.taxonomy import SLUG_PATTERN

SLUG_SUBSTITUTIONS = DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]


def render(kind: str, title: str, now: dt.datetime, uid: str) -> str:
    """Return the text of a new item: every field the schema scaffolds, in its order, then the body."""
    values = {
        "title": title,
        "uid": uid,
        "now": now.strftime("%Y-%m-%d %H:%M"),
        "today": now.strftime("%Y-%m-%d"),
        "slug": slugify(title, regex_subs=SLUG_SUBSTITUTIONS),
        "start": (now + dt.timedelta(days=14)).strftime("%Y-%m-%d 09:00"),
        "end": (now + dt.timedelta(days=14)).strftime("%Y-%m-%d 12:00"),
    }
    spec = KINDS[kind]
    lines = [
        f"{field.label}: {field.scaffold.format(**values)}".rstrip()
        for field in spec.fields
        if field.scaffold is not None
    ]
    return "\n".join(lines) + f"\n\n{spec.body_scaffold}\n"


def main(argv: list[str] | None = None) -> int:
    """Create the file and print its path."""
    parser = argparse.ArgumentParser(prog="python -m hub_model.scaffold", description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=[name for name in KINDS if name != "page"])
    parser.add_argument("title", nargs="?", default="")
    parser.add_argument("--content", default="content")
    args = parser.parse_args(argv)
    if (problem := missing_content(args.content)) is not None:  # never a new, stray content folder
        print(format_problem(problem), file=sys.stderr)
        return 2
    title = args.title.strip() or input("Judul: ").strip()
    if not title:
        print("Judul wajib diisi.", file=sys.stderr)
        return 2
    if len(title) > TITLE_MAX:
        print(f"Judul terlalu panjang ({len(title)} karakter); paling banyak {TITLE_MAX}.", file=sys.stderr)
        return 2
    slug = slugify(title, regex_subs=SLUG_SUBSTITUTIONS)
    if not SLUG_PATTERN.match(slug):
        print("Judul ini tidak menghasilkan nama berkas; pakai huruf atau angka di judul.", file=sys.stderr)
        return 2
    text = render(args.kind, title, dt.datetime.now(ZoneInfo("Asia/Jakarta")), str(uuid.uuid4()))
    folder = Path(args.content) / KINDS[args.kind].folder
    target = folder / f"{slug}.md"
    if target.exists():
        print(f"{target} sudah ada; pilih judul lain.", file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
