"""Check every content file against the schema without building the site.

Usage: ``python -m validation [--settings pelicanconf.py] [--path content]`` (``make check``).
Prints one line per problem and exits 1 when there is any error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import markdown
from pelican.settings import read_settings

from validation.reader import check_context
from validation.rules import Published, check_metadata, check_site, field_lines, format_problem
from validation.schema import kind_of


def check_folder(content: Path, settings: dict) -> list:
    """Return every problem in every Markdown file under ``content``, then the site-wide ones."""
    ctx = check_context(settings)
    problems, identities = [], []
    for path in sorted(content.rglob("*.md")):
        relative = path.relative_to(content).as_posix()
        kind = kind_of(relative)
        if kind is None:
            continue
        text = path.read_text(encoding="utf-8")
        reader = markdown.Markdown(extensions=["meta"])
        reader.convert(text)
        meta = {key.lower(): value for key, value in reader.Meta.items()}
        problems += check_metadata(kind, f"content/{relative}", meta, field_lines(text), ctx)
        uid = " ".join(meta.get("uid", [])).strip().lower()
        identities.append(Published(f"content/{relative}", uid or None, ""))
    return problems + check_site(identities)


def main(argv: list[str] | None = None) -> int:
    """Run the check; return the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m validation", description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--path", help="content folder (default: PATH from the settings)")
    args = parser.parse_args(argv)
    override = {"PATH": str(Path(args.path).resolve())} if args.path else {}
    settings = read_settings(args.settings, override=override)
    problems = check_folder(Path(settings["PATH"]), settings)
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        prefix = "" if problem.severity == "error" else "peringatan: "
        print(prefix + format_problem(problem))
    print(f"{len(errors)} kesalahan, {len(problems) - len(errors)} peringatan.")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
