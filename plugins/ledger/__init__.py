"""Ledger: published URLs never silently disappear, identities never change, calendar SEQUENCE grows on change.

Reads the committed ledger (``LEDGER_FILE`` inside the content folder); a missing, empty, broken
or wrongly shaped ledger is a problem, because without it nothing protects published addresses.
After all content is read it reports (to the build's problems channel) every URL the ledger knows
that would vanish (slug change, deleted file, item set back to draft) unless an item declares it
in ``Redirect_From``; a Uid shared by two files (against the copy) or changed at a published
address; redirects from live addresses. It sets ``content.sequence`` on every item. The
generator writes a redirect page at each old URL (meta refresh and canonical link),
``_redirects`` and ``nginx-redirects.conf`` rules files, and, when ``LEDGER_UPDATE`` is on
(``make publish``), the updated ledger — handed to the build driver, which writes it only
after the new site has replaced the old one.

Settings read: ``PATH``, ``LEDGER_FILE``, ``LEDGER_UPDATE``.
Context published: ``redirects`` (old URL, new URL pairs), ``ledger_current``.
Signals: ``all_generators_finalized``, ``get_generators``.
"""

from __future__ import annotations

import os

from pelican import signals
from pelican.generators import Generator

from hub_model.generator import WRITTEN
from hub_model.output import Owner, write_output
from ledger.book import (
    Current,
    LedgerInvalid,
    check_identity,
    dump_ledger,
    fingerprint,
    ledger_problem,
    load_ledger,
    lost_urls,
    missing_ledger,
    normalise_url,
    redirect_pairs,
    sequence_of,
    updated_ledger,
)
from ledger.rules import netlify_rules, nginx_rules


def ledger_path(settings) -> str:
    """Return the ledger file's path."""
    return os.path.join(settings["PATH"], settings["LEDGER_FILE"])


def describe(content) -> Current:
    """Describe a written item for the ledger."""
    uid = getattr(content, "uid", None)
    details = getattr(content, "details", None)
    if details is not None:
        facts = (content.title, details.start, details.end, details.place, details.status, details.online_url)
    else:
        facts = (content.title,)
    return Current(
        key=f"uid:{uid}" if uid else f"page:{content.relative_source_path}",
        path=f"content/{content.relative_source_path}",
        url=content.url,
        fingerprint=fingerprint(*facts, content.metadata.get("summary", "")),
        redirects=tuple(content.metadata.get("redirect_from", ())),
        lines=content.metadata.get("hub_lines", {}),
    )


def written_items(generators) -> list:
    """Return every content object this build writes."""
    return [content for g in generators for name in WRITTEN for content in getattr(g, name, [])]


def read_ledger(settings, problems) -> dict | None:
    """Load the ledger file; report (and return None for) a missing or untrustworthy one."""
    path, shown = ledger_path(settings), f"content/{settings['LEDGER_FILE']}"
    if not os.path.isfile(path):
        problems.add(missing_ledger(shown))
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            return load_ledger(handle.read())
    except (LedgerInvalid, UnicodeDecodeError) as exc:
        problems.add(ledger_problem(shown, exc if isinstance(exc, LedgerInvalid) else LedgerInvalid("bukan UTF-8")))
        return None


def check_ledger(generators):
    """Set each item's SEQUENCE; report identity breaks and published URLs that would disappear."""
    context, settings = generators[0].context, generators[0].settings
    run = context["hub_run"]
    items = written_items(generators)
    current = [describe(content) for content in items]
    context["ledger_current"] = current
    context["redirects"] = redirect_pairs(current)
    ledger = read_ledger(settings, run.problems)
    if ledger is None:
        return
    for content, item in zip(items, current, strict=True):
        content.sequence = sequence_of(ledger.get(item.key), item.fingerprint)
    run.problems.extend(check_identity(ledger, current))
    by_key = {item.key: item for item in current}
    for url in lost_urls(ledger, current):
        message = f"alamat /{url.url} pernah terbit dan akan hilang"
        moved = by_key.get(url.key) if url.still_exists else None
        if moved is not None:
            fix = f"tambahkan baris 'Redirect_From: /{url.url}' pada berkas ini agar tautan lama tetap berfungsi"
            run.problems.error(moved.path, moved.line("slug"), "Redirect_From", message, fix)
        else:
            fix = (
                "kembalikan berkasnya, tandai Status: withdrawn dengan Withdrawn_Reason, "
                "atau tulis Redirect_From di item pengganti"
            )
            run.problems.error(url.path, 0, "Redirect_From", message, fix)


class RedirectsGenerator(Generator):
    """Write redirect pages and rules files; update the ledger when publishing."""

    def generate_output(self, writer):
        """Write every redirect, then the ledger if ``LEDGER_UPDATE`` is on."""
        pairs = self.context.get("redirects", [])
        template = self.get_template("redirect")
        run = self.context["hub_run"]
        owners = {
            normalise_url(old): Owner(item.path, item.line("redirect_from"), "Redirect_From")
            for item in self.context.get("ledger_current", [])
            for old in item.redirects
        }
        for old, new in pairs:
            save_as = old if old.endswith(".html") else f"{old}index.html"
            writer.write_file(
                save_as, template, self.context, target=run.absolute(new), url=old, hub_owner=owners.get(old)
            )
        write_output(writer, "_redirects", netlify_rules(pairs))
        write_output(writer, "nginx-redirects.conf", nginx_rules(pairs))
        if self.settings["LEDGER_UPDATE"]:
            # Recorded only once the new site is in place: the build driver writes it after the switch.
            ledger = read_ledger(self.settings, run.problems) or {}
            run.defer(
                ledger_path(self.settings), dump_ledger(updated_ledger(ledger, self.context.get("ledger_current", [])))
            )


def add_generator(pelican):
    """Contribute the redirects generator."""
    return RedirectsGenerator


def register():
    """Connect the ledger handlers."""
    signals.all_generators_finalized.connect(check_ledger)
    signals.get_generators.connect(add_generator)
