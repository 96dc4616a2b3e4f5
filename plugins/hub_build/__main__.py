"""Build commands behind the Makefile: ``python -m hub_build html|publish|preview|check|serve|devserver``.

- ``html``: build ``CONTENT`` into ``OUTPUT`` with ``pelicanconf.py`` (local address).
- ``publish``: build with ``publishconf.py`` (``HUB_SITEURL`` must be the public https address);
  the published ledger is updated after the new site is in place.
- ``preview``: the private preview site: drafts and embargoed items shown, bannered, ``noindex``,
  its own address (``--port``, default 8001) and folder (``preview/``), served and rebuilt on change.
  After the switch it pings the WebSub hub (``FEEDS_WEBSUB_HUB``) about the feeds that changed
  (``--websub-later``: leave that to ``make deploy``), and says when the next embargoed item goes live.
- ``check``: the same reading and checks as a build, without writing anything.
- ``serve``: build once, then serve; ``devserver``: serve and rebuild after every change.
Exit status: 0 when the build (or check) has no error, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hub_build import publish
from hub_build.build import ROOT, describe, run_build
from hub_build.serve import develop, main_command, serve_forever
from hub_model.problems import format_problem, missing_content

SETTINGS = {"publish": "publishconf.py"}
DEFAULT_OUTPUT = {"preview": "preview"}
DEFAULT_PORT = {"preview": 8001}


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(prog="python -m hub_build", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("html", "publish", "preview", "check", "serve", "devserver"))
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    parser.add_argument("--output", help="output folder (default: output; preview/ for preview)")
    parser.add_argument("--settings", help="settings file (default: pelicanconf.py; publishconf.py for publish)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, help="port to serve on (default 8000; 8001 for preview)")
    parser.add_argument("--once", action="store_true", help="preview: build once and exit, do not serve")
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks (for developers)")
    parser.add_argument("--websub-later", action="store_true", help="publish: leave the WebSub pings to make deploy")
    return parser.parse_args(argv)


def overrides_for(args: argparse.Namespace, port: int) -> dict:
    """Return the settings a command sets on top of the settings file."""
    values = {"PATH": str(Path(args.content).resolve())}
    if args.command == "preview":
        # A separate, private site: its own address, so every link in it stays inside the preview.
        values.update(HUB_PREVIEW=True, SITEURL=f"http://{args.host}:{port}", LEDGER_UPDATE=False)
        values["ORGANISATION_URL"] = f"http://{args.host}:{port}/tentang/"
    if args.debug:
        values["DEBUG"] = True
    return values


def build_once(args: argparse.Namespace, port: int) -> int:
    """Build (or check) once and print the last line; return the exit status."""
    settings = ROOT / (args.settings or SETTINGS.get(args.command, "pelicanconf.py"))
    output = Path(args.output or DEFAULT_OUTPUT.get(args.command, "output")).absolute()
    check = args.command == "check"
    result = run_build(settings, overrides_for(args, port), output=None if check else output, check_only=check)
    print(describe(result, check_only=check), file=sys.stderr if not result.ok else sys.stdout)
    if result.ok and args.command == "publish" and result.finished is not None:
        publish.announce(output, result.finished.hub, result.finished.changed_feeds, later=args.websub_later)
    if result.ok and args.command in ("html", "publish") and result.next_release:
        print(publish.release_line(result.next_release))
    return 0 if result.ok else 1


def main(argv: list[str] | None = None) -> int:
    """Run the command."""
    args = parse(argv)
    if (problem := missing_content(args.content)) is not None:
        print(format_problem(problem), file=sys.stderr)
        return 1
    port = args.port or DEFAULT_PORT.get(args.command, 8000)
    output = Path(args.output or DEFAULT_OUTPUT.get(args.command, "output")).absolute()
    settings = ROOT / (args.settings or SETTINGS.get(args.command, "pelicanconf.py"))
    if args.command in ("devserver", "preview") and not args.once:
        once = ["preview" if args.command == "preview" else "html", "--once", "--content", args.content]
        once += ["--output", str(output), "--port", str(port), "--host", args.host]
        return develop(main_command(once), Path(args.content).resolve(), settings, output, host=args.host, port=port)
    status = build_once(args, port)
    if args.command == "serve" and status == 0:
        serve_forever(output, args.host, port).join()
    return status


if __name__ == "__main__":
    sys.exit(main())
