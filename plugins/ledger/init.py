"""Start the published ledger of a site that has never been published: ``make ledger-init``.

Usage: ``python -m ledger.init [content]``. Writes ``ledger.json`` with no items, and refuses to
overwrite one that exists: a missing ledger of a site that *has* published must be restored from
git instead, or every address it protects would be forgotten.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ledger.book import dump_ledger


def main(argv: list[str] | None = None) -> int:
    """Write an empty ledger in the content folder; return the exit status."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "content") / "ledger.json"
    if target.exists():
        print(f"{target} sudah ada; ledger tidak ditimpa.", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dump_ledger({}), encoding="utf-8")
    print(f"{target} dibuat (kosong). Commit berkas ini; make publish akan mengisinya.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
