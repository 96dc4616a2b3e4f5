"""Ledger: published URLs never silently disappear, and calendar SEQUENCE numbers grow on change.

Reads the committed ledger (``LEDGER_FILE`` inside the content folder). After all content is read
it stops the build if a URL the ledger knows would vanish (slug change, deleted file, item set
back to draft) unless an item declares the old URL in ``Redirect_From``; it sets
``content.sequence`` on every item. The generator writes a redirect page at each old URL (meta
refresh and canonical link), ``_redirects`` and ``nginx-redirects.conf`` rules files, and, when
``LEDGER_UPDATE`` is on (``make publish``), the updated ledger.

Settings read: ``PATH``, ``LEDGER_FILE``, ``LEDGER_UPDATE``, ``SITEURL``.
Context published: ``redirects`` (old URL, new URL pairs).
Signals: ``all_generators_finalized``, ``get_generators``.
"""

from __future__ import annotations

import logging
import os

from pelican import signals
from pelican.generators import Generator

from hub_model.output import write_output
from hub_model.taxonomy import split_list
from ledger.book import (
    Current,
    dump_ledger,
    fingerprint,
    load_ledger,
    lost_urls,
    redirect_pairs,
    sequence_of,
    updated_ledger,
)
from ledger.rules import netlify_rules, nginx_rules

logger = logging.getLogger(__name__)
WRITTEN = ("articles", "hidden_articles", "pages", "hidden_pages", "events", "hidden_events")


class LedgerError(Exception):
    """Raised to stop a build that would lose a published URL."""

    editor_facing = True  # the validation plugin logs it without a traceback


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
        redirects=tuple(split_list(content.metadata.get("redirect_from", ""))),
    )


def written_items(generators) -> list:
    """Return every content object this build writes."""
    return [content for g in generators for name in WRITTEN for content in getattr(g, name, [])]


def check_ledger(generators):
    """Set each item's SEQUENCE and stop the build if a published URL would disappear."""
    context, settings = generators[0].context, generators[0].settings
    ledger = read_ledger(settings)
    items = written_items(generators)
    current = [describe(content) for content in items]
    for content, item in zip(items, current, strict=True):
        content.sequence = sequence_of(ledger.get(item.key), item.fingerprint)
    context["ledger_current"] = current
    context["redirects"] = redirect_pairs(current)
    lost = lost_urls(ledger, current)
    for url in lost:
        if url.still_exists:
            fix = f"tambahkan baris 'Redirect_From: /{url.url}' pada berkas itu agar tautan lama tetap berfungsi"
        else:
            fix = (
                "kembalikan berkasnya, tandai Status: withdrawn dengan Withdrawn_Reason, "
                "atau tulis Redirect_From di item pengganti"
            )
        logger.error("%s: Redirect_From: alamat /%s pernah terbit dan akan hilang — %s", url.path, url.url, fix)
    if lost:
        msg = f"Build dihentikan: {len(lost)} alamat yang pernah terbit akan hilang (lihat {settings['LEDGER_FILE']})"
        raise LedgerError(msg)


def read_ledger(settings) -> dict:
    """Load the ledger file, or an empty ledger when there is none yet."""
    path = ledger_path(settings)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        return load_ledger(handle.read())


class RedirectsGenerator(Generator):
    """Write redirect pages and rules files; update the ledger when publishing."""

    def generate_output(self, writer):
        """Write every redirect, then the ledger if ``LEDGER_UPDATE`` is on."""
        pairs = self.context.get("redirects", [])
        template = self.get_template("redirect")
        siteurl = self.settings["SITEURL"]
        for old, new in pairs:
            save_as = old if old.endswith(".html") else f"{old}index.html"
            writer.write_file(save_as, template, self.context, target=f"{siteurl}/{new}", url=old)
        self.write_text("_redirects", netlify_rules(pairs))
        self.write_text("nginx-redirects.conf", nginx_rules(pairs))
        if self.settings["LEDGER_UPDATE"]:
            ledger = read_ledger(self.settings)
            new = dump_ledger(updated_ledger(ledger, self.context.get("ledger_current", [])))
            with open(ledger_path(self.settings), "w", encoding="utf-8") as handle:
                handle.write(new)
            logger.info("Ledger updated: %s", ledger_path(self.settings))

    def write_text(self, path: str, text: str) -> None:
        """Write a plain-text file at the root of the output."""
        write_output(self.output_path, path, text)


def add_generator(pelican):
    """Contribute the redirects generator."""
    return RedirectsGenerator


def register():
    """Connect the ledger handlers."""
    signals.all_generators_finalized.connect(check_ledger)
    signals.get_generators.connect(add_generator)
