"""The one helper every generator uses to write a non-template file into the output folder."""

from __future__ import annotations

import logging
import os

from pelican.utils import sanitised_join

logger = logging.getLogger(__name__)


def write_output(output_path: str, path: str, data: bytes | str) -> str:
    """Write ``data`` at ``path`` inside ``output_path`` (never outside it); return the full path."""
    target = sanitised_join(output_path, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with open(target, "wb") as handle:
        handle.write(payload)
    logger.info("Writing %s", target)
    return target
