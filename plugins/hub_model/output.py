"""The writer: the only code that writes into the output folder, for templates and for every other file.

``HubWriter`` is Pelican's writer with two promises added: nothing is written outside the output
folder, and no path is written twice in one build (two items at one address, a redirect over a
live page). Either mistake, or an exception while rendering a page, becomes a problem naming the
item in the build's channel instead of a traceback; the build then stops once every output step
has run, so every problem is reported at once.

It also skips work an earlier build already did: each output gets a key (``memo``); when the last
successful build wrote the same path with the same key, the file is linked from that build
instead of being made again (a hard link: same bytes, same modification time).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from hub_model import memo
from hub_model.guard import internal_problem, source_of
from hub_model.parallel import Partition
from hub_model.problems import Problem

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Owner:
    """Who asked for an output file: the content file, and the field and line that gave its address."""

    path: str
    line: int = 0
    field: str = "Slug"


def owner_of(kwargs: dict) -> Owner | None:
    """Return who a template render is for: ``hub_owner``, or the item it renders, or None."""
    if isinstance(kwargs.get("hub_owner"), Owner):
        return kwargs["hub_owner"]
    for name in ("article", "event", "page"):
        if kwargs.get(name) is not None and source_of(kwargs[name]):
            item = kwargs[name]
            lines = item.metadata.get("hub_lines", {})
            return Owner(source_of(item), lines.get("slug", lines.get("title", 0)))
    return None


class HubWriter(Writer):
    """Pelican's writer, refusing double writes and reporting render failures as problems.

    When the build writes in parallel (``hub_model.parallel``), each process's writer renders
    and writes only the files its partition owns; ``owns`` lets generators skip other work too.
    """

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        settings = settings or {}
        self.run = run = settings.get("HUB_RUN")
        self.partition = run.partition if run is not None else Partition()
        cache = run.cache if run is not None else None
        self.previous = settings.get("HUB_PREVIOUS_OUTPUT") or ""
        self.keys_before = cache.previous.get("outputs", {}) if cache else {}
        self.keys = cache.current["outputs"] if cache else None  # None: no memo this build
        self.version = cache.version if cache else ""
        self.prints = None
        self.folders: set[str] = set()  # output folders known to exist (a mkdir per file is slow at scale)

    def folder_for(self, target: str) -> None:
        """Make the folder ``target`` goes in, unless this build made or met it already."""
        folder = os.path.dirname(target)
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)

    def owns(self, name: str) -> bool:
        """Tell whether this process writes ``name`` (always, unless the build writes in parallel)."""
        return self.partition.owns(name)

    def fingerprints(self, context: dict, cards: bool = False) -> memo.Fingerprints:
        """Return this build's fingerprints: one table for every page, one for pages showing items as cards."""
        if self.prints is None:
            generated = context.get("generated_content", {})
            linked = lambda path: getattr(generated.get(path), "url", "")  # noqa: E731
            self.prints = {False: memo.Fingerprints(linked), True: memo.Fingerprints(linked, cards=True)}
        return self.prints[cards]

    def page_key(self, template, context: dict, values: dict) -> str | None:
        """Return the memo key of a page (None: memo off, or a page that is always rendered)."""
        if self.keys is None:
            return None
        prints = self.fingerprints(context, template.name in memo.CARD_TEMPLATES)
        return memo.page_key(self.version, template.name, values, context, prints)

    def data_key(self, kind: str, context: dict, *values) -> str | None:
        """Return the memo key of a feed, calendar or JSON file made from ``values`` (None: always make it)."""
        if self.keys is None:
            return None
        return memo.data_key(self.version, kind, *values, prints=self.fingerprints(context))

    def reuse(self, name: str, key: str | None) -> bool:
        """Tell whether ``name`` needs no making here (linked from the last build, or another process's).

        True when another process of a parallel build owns it, or when the last build made it with
        the same key and it has just been linked from there.
        """
        if not self.owns(name):
            return True
        if key is None or self.keys_before.get(name) != key or not self.previous:
            return False
        source = os.path.join(self.previous, name)
        target = sanitised_join(self.output_path, name)
        if not os.path.isfile(source) or os.path.islink(source) or target in self._written_files:
            return False
        self.folder_for(target)
        os.link(source, target)
        self._written_files.add(target)
        self.keys[name] = key
        return True

    def _open_w(self, filename, encoding, override=False):
        """Open a file for writing, never through a link shared with an earlier build (see ``unshare``)."""
        unshare(filename)
        return super()._open_w(filename, encoding, override)

    def write_file(self, name, template, context, *args, **kwargs):
        """Render a template into ``name``; a clash or a failure is recorded as a problem, not raised."""
        if name and not self.owns(name):
            return None
        run = context.get("hub_run")
        owner = owner_of(kwargs)
        kwargs.pop("hub_owner", None)
        one_file = name and not args and not kwargs.get("paginated")
        key = self.page_key(template, context, kwargs) if one_file else None
        if self.reuse(name, key):
            return None
        try:
            written = super().write_file(name, template, context, *args, **kwargs)
        except FileOverwriteFailedError:
            if run is None:
                raise
            run.problems.add(clash(name, owner))
        except Exception as exc:
            if run is None:
                raise
            run.problems.add(internal_problem(owner.path if owner else "", exc, name))
        else:
            if key is not None:
                self.keys[name] = key
            return written
        return None

    def write_bytes(self, path: str, data: bytes | str, key: str | None = None) -> str:
        """Write a non-template file at ``path`` inside the output folder; return its full path.

        ``key`` is the memo key the data was made for (see ``reuse``).
        """
        target = sanitised_join(self.output_path, path)
        if not self.owns(path):
            return target
        if target in self._written_files:
            msg = f'"{path}" is written twice in one build'
            raise FileOverwriteFailedError(msg)
        self._written_files.add(target)
        self.folder_for(target)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        unshare(target)
        with open(target, "wb") as handle:
            handle.write(payload)
        if key is not None and self.keys is not None:
            self.keys[path] = key
        logger.info("Writing %s", target)
        return target


def link_tree(previous: str, output: str, folder: str) -> bool:
    """Link every file of ``folder`` from the last build's output into this one; tell whether it was there."""
    source = os.path.join(previous, folder)
    if not previous or not os.path.isdir(source) or os.path.islink(source):
        return False
    for dirpath, _, files in os.walk(source):
        target = os.path.join(output, os.path.relpath(dirpath, previous))
        os.makedirs(target, exist_ok=True)
        for name in files:
            os.link(os.path.join(dirpath, name), os.path.join(target, name))
    return True


def unshare(path: str) -> None:
    """Remove ``path`` before it is written when it is a hard link.

    Writing through the link would change the earlier build's file too, which may be the site
    being served.
    """
    try:
        if os.lstat(path).st_nlink > 1:
            os.unlink(path)
    except FileNotFoundError:
        pass


def clash(name: str, owner: Owner | None) -> Problem:
    """Describe an output at an address the site already wrote a page at."""
    url = "/" + name.removesuffix("index.html")
    if owner is not None and owner.field == "Redirect_From":
        return Problem(
            owner.path,
            owner.line,
            owner.field,
            f"alamat {url} sudah dipakai situs",
            "hapus alamat itu dari Redirect_From",
        )
    return Problem(
        owner.path if owner else "content",
        owner.line if owner else 0,
        "Slug",
        f"alamat {url} dipakai dua kali dalam situs ini",
        "ubah Slug (atau judul) agar alamatnya berbeda",
    )


def write_output(writer: HubWriter, path: str, data: bytes | str, key: str | None = None) -> str:
    """Write a non-template file (feed, calendar, JSON) through the build's writer (``key``: its memo key)."""
    return writer.write_bytes(path, data, key)
