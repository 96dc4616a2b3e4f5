"""Put the built site on the web server: upload into a new release folder, then flip one symlink.

Layout of the web root (``DEPLOY_TARGET``, ``user@host:/srv/hub`` over SSH or a local folder)::

    /srv/hub/releases/<UTC time>/   one complete site per deploy
    /srv/hub/current  -> releases/…  what nginx serves (root /srv/hub/current)
    /srv/hub/previous -> releases/…  the release before it, kept for ``make rollback``

``deploy`` uploads ``output/`` with rsync into a fresh release folder (files unchanged since the
live release are hard links to it: ``--link-dest``; the build keeps their modification times, so
rsync sends only what changed), then renames a new ``current`` symlink over the old one (one
atomic step: nginx sees the old site or the new one), points ``previous`` at the old release and
deletes older releases. When nothing differs from the live release, nothing is uploaded and no
release is made, so ``previous`` stays the last real change. ``rollback`` swaps ``current`` and
``previous`` (twice: back again). After either, ``--reload`` (``DEPLOY_RELOAD``, e.g.
``sudo systemctl reload nginx``) runs on the server: nginx reads the release's
``nginx-redirects.conf`` and ``nginx-headers.conf`` when it reloads.

Command line (``make deploy``, ``make rollback``)::

    python -m hub_build.deploy deploy --output output --target user@host:/srv/hub [--reload CMD]
    python -m hub_build.deploy rollback --target user@host:/srv/hub [--reload CMD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Runs on the server (POSIX sh and coreutils): "$1" is the command, "$2" the web root.
# `mv -T` renames the new symlink over the old one in one step (a symlink made in place would
# leave a moment with none).
SERVER_SCRIPT = r"""
set -eu
command=$1
root=$2
if [ "$command" = prepare ]; then mkdir -p "$root/releases"; fi
cd "$root"
flip() { ln -sfn "$2" ".$1.tmp" && mv -T ".$1.tmp" "$1"; }
case "$command" in
prepare)
    readlink current || true
    ;;
activate)
    new="releases/$3"
    old=$(readlink current || true)
    if [ "$old" != "$new" ]; then
        if [ -n "$old" ]; then flip previous "$old"; fi
        flip current "$new"
    fi
    keep_current=$(readlink current || true)
    keep_previous=$(readlink previous || true)
    for release in releases/*; do
        if [ "$release" != "$keep_current" ] && [ "$release" != "$keep_previous" ]; then rm -rf "$release"; fi
    done
    ;;
rollback)
    old=$(readlink current || true)
    back=$(readlink previous || true)
    if [ -z "$back" ] || [ ! -d "$back" ]; then echo "no previous release" >&2; exit 3; fi
    flip current "$back"
    if [ -n "$old" ]; then flip previous "$old"; fi
    ;;
esac
"""


@dataclass(frozen=True)
class Target:
    """Where the site goes: a host (empty for this machine) and the web root there."""

    host: str
    root: str

    def rsync_path(self, relative: str) -> str:
        """Return the rsync destination of a folder below the web root."""
        path = f"{self.root.rstrip('/')}/{relative}"
        return f"{self.host}:{path}" if self.host else path


def parse_target(text: str) -> Target:
    """Read ``user@host:/srv/hub`` (over SSH) or ``/srv/hub`` (this machine), as rsync does."""
    text = text.strip()
    if not text:
        msg = "DEPLOY_TARGET kosong: isi dengan user@host:/srv/hub (atau folder di mesin ini)"
        raise ValueError(msg)
    host, colon, root = text.partition(":")
    if colon and "/" not in host:
        if not root.startswith("/"):
            msg = f"DEPLOY_TARGET {text!r}: folder di server harus ditulis lengkap, misalnya user@host:/srv/hub"
            raise ValueError(msg)
        return Target(host, root)
    return Target("", str(Path(text).absolute()))


def release_name(now: dt.datetime) -> str:
    """Return a new release's folder name: its UTC time, to the microsecond (sorts by age)."""
    return now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def server_command(target: Target, *args: str, ssh: str = "ssh") -> list[str]:
    """Return the command line running the server script (over SSH unless the target is local)."""
    local = ["sh", "-c", SERVER_SCRIPT, "deploy", *args]
    return [*shlex.split(ssh), target.host, shlex.join(local)] if target.host else local


def rsync_command(source: Path, destination: str, *, link_dest: str = "", dry_run: bool = False, ssh="ssh") -> list:
    """Return the rsync command uploading the site at ``source`` (its contents) to ``destination``."""
    command = ["rsync", "--archive", "--delete", "--omit-dir-times", "--itemize-changes", "-e", ssh]
    if link_dest:
        command.append(f"--link-dest={link_dest}")
    if dry_run:
        command.append("--dry-run")
    return [*command, f"{str(source).rstrip('/')}/", destination.rstrip("/") + "/"]


def changes(itemized: str) -> list[str]:
    """Return rsync's ``--itemize-changes`` lines that mean a file or folder differs."""
    return [line for line in itemized.splitlines() if line.strip() and not line.startswith("skipping")]


def run(command: list[str]) -> subprocess.CompletedProcess:
    """Run a command, raising with what it printed when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        shown = "rsync" if command[0] == "rsync" else "perintah di server"
        msg = f"{shown} gagal (status {result.returncode}): {result.stderr.strip()}"
        raise RuntimeError(msg)
    return result


def deploy(output: Path, target: Target, *, reload: str = "", ssh: str = "ssh", say=print, now=None) -> str:
    """Upload the built site as a new release and make it live; return the live release's folder name."""
    source = Path(os.path.realpath(output))
    if not (source / "index.html").is_file():
        msg = f"{output} belum berisi situs yang dibangun: jalankan make publish dulu"
        raise RuntimeError(msg)
    live = run(server_command(target, "prepare", target.root, ssh=ssh)).stdout.strip()
    if live:
        compare = rsync_command(source, target.rsync_path(live), dry_run=True, ssh=ssh)
        if not changes(run(compare).stdout):
            live = live.removeprefix("releases/")
            say(f"Deploy: tidak ada perubahan; rilis {live} tetap tayang.")
            return live
    name = release_name(now or dt.datetime.now(dt.UTC))
    link_dest = f"{target.root.rstrip('/')}/{live}" if live else ""
    upload = run(rsync_command(source, target.rsync_path(f"releases/{name}"), link_dest=link_dest, ssh=ssh))
    run(server_command(target, "activate", target.root, name, ssh=ssh))
    sent = sum(1 for line in changes(upload.stdout) if line.startswith(">f"))
    say(f"Deploy: rilis {name} tayang ({sent} berkas dikirim); rilis sebelumnya disimpan untuk make rollback.")
    reload_server(target, reload, ssh, say)
    return name


def rollback(target: Target, *, reload: str = "", ssh: str = "ssh", say=print) -> None:
    """Make the previous release live again (and the current one the previous)."""
    command = server_command(target, "rollback", target.root, ssh=ssh)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode == 3:
        msg = "Rollback: tidak ada rilis sebelumnya di server."
        raise RuntimeError(msg)
    if result.returncode != 0:
        raise RuntimeError(f"Rollback gagal: {result.stderr.strip()}")
    say("Rollback: rilis sebelumnya tayang lagi (jalankan make rollback sekali lagi untuk kembali).")
    reload_server(target, reload, ssh, say)


def reload_server(target: Target, reload: str, ssh: str, say) -> None:
    """Run the web server's reload command on the server (nginx rereads the release's rules)."""
    if not reload:
        return
    command = [*shlex.split(ssh), target.host, reload] if target.host else ["sh", "-c", reload]
    run(command)
    say(f"Deploy: {reload} selesai.")


def main(argv: list[str] | None = None) -> int:
    """Deploy or roll back; print one Indonesian line per step."""
    parser = argparse.ArgumentParser(prog="python -m hub_build.deploy", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("deploy", "rollback"))
    parser.add_argument("--output", default="output", type=Path)
    parser.add_argument("--target", default=os.environ.get("DEPLOY_TARGET", ""))
    parser.add_argument("--reload", default=os.environ.get("DEPLOY_RELOAD", ""))
    parser.add_argument("--ssh", default=os.environ.get("DEPLOY_SSH", "ssh"), help="ssh command and options")
    args = parser.parse_args(argv)
    try:
        target = parse_target(args.target)
        if args.command == "deploy":
            deploy(args.output, target, reload=args.reload, ssh=args.ssh)
        else:
            rollback(target, reload=args.reload, ssh=args.ssh)
    except (ValueError, RuntimeError, OSError) as error:
        print(f"{args.command}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
