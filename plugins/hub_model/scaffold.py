"""Write a new brief or event with every field, today's date and a fresh permanent Uid.

Usage: ``python -m hub_model.scaffold brief|event "Judul"`` (``make brief``/``make event``).
The file starts as ``Status: draft``, so nothing is published until the editor says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.utils import slugify

BRIEF = """Title: {title}
Uid: {uid}
Date: {now}
Slug: {slug}
Program: pemulihan-ekonomi
Regions: jawa-barat
Tags:
Summary: Satu atau dua kalimat ringkasan (paling banyak 300 karakter).
Image:
Image_Alt:
Hashtags: #JabarJuara, #SilihTulungan
Share_Text: Kalimat siap bagikan untuk media sosial (paling banyak 280 karakter).
Status: draft
"""
EVENT_EXTRA = """Start: {start}
End: {end}
Timezone: Asia/Jakarta
Attendance: offline
Venue: Belum ditentukan
Address:
Geo:
Online_Url:
Registration_Url:
Registration_Deadline:
Capacity:
Speakers: Jabatan atau peran pembicara | Narasumber
Organiser: Dinas Komunikasi dan Informatika Provinsi Jawa Barat
Event_Status: scheduled
"""
BODY = "\nTulis isi di sini dengan Markdown.\n"


def render(kind: str, title: str, now: dt.datetime, uid: str) -> str:
    """Return the text of a new item; empty optional fields are left for the editor to fill or delete."""
    values = {
        "title": title,
        "uid": uid,
        "now": now.strftime("%Y-%m-%d %H:%M"),
        "slug": slugify(
            title, regex_subs=[(r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-")]
        ),
        "start": (now + dt.timedelta(days=14)).strftime("%Y-%m-%d 09:00"),
        "end": (now + dt.timedelta(days=14)).strftime("%Y-%m-%d 12:00"),
    }
    text = BRIEF.format(**values)
    if kind == "event":
        text += EVENT_EXTRA.format(**values)
    return text + BODY


def main(argv: list[str] | None = None) -> int:
    """Create the file and print its path."""
    parser = argparse.ArgumentParser(prog="python -m hub_model.scaffold", description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("brief", "event"))
    parser.add_argument("title", nargs="?", default="")
    parser.add_argument("--content", default="content")
    args = parser.parse_args(argv)
    title = args.title.strip() or input("Judul: ").strip()
    if not title:
        print("Judul wajib diisi.", file=sys.stderr)
        return 2
    text = render(args.kind, title, dt.datetime.now(ZoneInfo("Asia/Jakarta")), str(uuid.uuid4()))
    folder = Path(args.content) / ("briefs" if args.kind == "brief" else "events")
    slug = text.split("Slug: ", 1)[1].split("\n", 1)[0]
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
