"""The writer: the only code that writes into the output folder, for templates and for every other file.

``HubWriter`` is Pelican's writer with two promises added: nothing is written outside the output
folder, and no path is written twice in one build (two items at one address, a redirect over a
live page). Either mistake, or an exception while rendering a page, becomes a problem naming the
item in the build's channel instead of a traceback; the build then stops once every output step
has run, so every problem is reported at once.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

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
        run = (settings or {}).get("HUB_RUN")
        self.partition = run.partition if run is not None else Partition()

    def owns(self, name: str) -> bool:
        """Tell whether this process writes ``name`` (always, unless the build writes in parallel)."""
        return self.partition.owns(name)

    def write_file(self, name, template, context, *args, **kwargs):
        """Render a template into ``name``; a clash or a failure is recorded as a problem, not raised."""
        if name and not self.owns(name):
            return None
        run = context.get("hub_run")
        owner = owner_of(kwargs)
        kwargs.pop("hub_owner", None)
        try:
            return super().write_file(name, template, context, *args, **kwargs)
        except FileOverwriteFailedError:
            if run is None:
                raise
            run.problems.add(clash(name, owner))
        except Exception as exc:
            if run is None:
                raise
            run.problems.add(internal_problem(owner.path if owner else "", exc, name))
        return None

    def write_bytes(self, path: str, data: bytes | str) -> str:
        """Write a non-template file at ``path`` inside the output folder; return its full path."""
        target = sanitised_join(self.output_path, path)
        if not self.owns(path):
            return target
        if target in self._written_files:
            msg = f'"{path}" is written twice in one build'
            raise FileOverwriteFailedError(msg)
        self._written_files.add(target)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        with open(target, "wb") as handle:
            handle.write(payload)
        logger.info("Writing %s", target)
        return target


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


def write_output(writer: HubWriter, path: str, data: bytes | str) -> str:
    """Write a non-template file (feed, calendar, JSON) through the build's writer."""
    return writer.write_bytes(path, data)
