"""Build the Pagefind search index from records, in the background, while the pages are written.

The one place that runs Pagefind: its Python API starts the Pagefind binary (from the pinned
``pagefind[bin]`` wheel), adds one record per listed item and writes the bundle into
``<site>/pagefind/``. ``IndexJob`` runs that in a thread and reports how it went.
"""

from __future__ import annotations

import asyncio
import threading

from pagefind.index import IndexConfig, PagefindIndex

from search.records import Record

BUNDLE = "pagefind"


async def write_index(records: list[Record], site: str, language: str) -> None:
    """Index ``records`` and write the bundle into ``site``/pagefind/."""
    config = IndexConfig(force_language=language, output_path=f"{site}/{BUNDLE}")
    async with PagefindIndex(config=config) as index:
        for record in records:
            await index.add_custom_record(url=record.url, content=record.content, language=language, meta=record.meta)


class IndexJob:
    """Pagefind indexing running in a thread; ``wait`` returns the error it ended with, if any."""

    def __init__(self, records: list[Record], site: str, language: str):
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(records, site, language), daemon=True)
        self.thread.start()

    def _run(self, records: list[Record], site: str, language: str) -> None:
        try:
            asyncio.run(write_index(records, site, language))
        except Exception as exc:  # noqa: BLE001 (handed to the build as a problem by wait())
            self.error = exc

    def wait(self) -> BaseException | None:
        """Wait for the index to be written; return the exception indexing failed with, or None."""
        self.thread.join()
        return self.error
