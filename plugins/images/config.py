"""The images plugin's settings, checked once (pure)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PIL import features

from images.process import ENCODERS

DEFAULTS = {
    "IMAGES_WIDTHS": (480, 960, 1600),
    "IMAGES_FORMATS": ("avif", "webp", "jpeg"),
    "IMAGES_MIN_WIDTH": 800,
    "IMAGES_WARN_BYTES": 5 * 1024 * 1024,
    "IMAGES_RENDITION_PATH": "gambar/{digest}/{name}-{width}.{ext}",
    "IMAGES_CARD_PATH": "kartu/{uid}/{name}-{digest}.jpg",
    "IMAGES_SIZES": "(min-width: 46rem) 42rem, 100vw",
    "IMAGES_CARD_SIZES": "(min-width: 46rem) 20rem, 100vw",
    "IMAGES_FONT_BOLD": "fonts/SourceSans3-Bold.ttf",
    "IMAGES_FONT_REGULAR": "fonts/SourceSans3-Regular.ttf",
}


@dataclass(frozen=True)
class ImagesSettings:
    """What the images plugin reads of the settings."""

    widths: tuple[int, ...]
    formats: tuple[str, ...]  # best first; "jpeg" (the fallback every reader can show) last
    min_width: int
    warn_bytes: int
    rendition_path: str
    card_path: str
    sizes: str
    card_sizes: str
    font_bold: str  # absolute
    font_regular: str
    siteurl: str
    sitename: str

    @property
    def fingerprint(self) -> str:
        """Return what, besides its bytes, a rendition depends on."""
        return repr((self.widths, self.formats))


def load_settings(settings: dict) -> ImagesSettings:
    """Merge ``IMAGES_*`` settings over the defaults and check them; raise ``ValueError`` on a bad one."""
    merged = {key: settings.get(key, value) for key, value in DEFAULTS.items()}
    widths = tuple(sorted(int(w) for w in merged["IMAGES_WIDTHS"]))
    formats = tuple(merged["IMAGES_FORMATS"])
    if not widths or min(widths) < 1:
        msg = f"IMAGES_WIDTHS must list positive widths: {merged['IMAGES_WIDTHS']!r}"
        raise ValueError(msg)
    if not formats or formats[-1] != "jpeg" or any(fmt not in ENCODERS for fmt in formats):
        msg = f"IMAGES_FORMATS must be some of {sorted(ENCODERS)}, ending with 'jpeg': {formats!r}"
        raise ValueError(msg)
    # AVIF only where this Pillow can write it; the other formats always can.
    formats = tuple(fmt for fmt in formats if fmt != "avif" or features.check("avif"))
    theme = settings.get("THEME", "theme")
    return ImagesSettings(
        widths=widths,
        formats=formats,
        min_width=int(merged["IMAGES_MIN_WIDTH"]),
        warn_bytes=int(merged["IMAGES_WARN_BYTES"]),
        rendition_path=merged["IMAGES_RENDITION_PATH"],
        card_path=merged["IMAGES_CARD_PATH"],
        sizes=merged["IMAGES_SIZES"],
        card_sizes=merged["IMAGES_CARD_SIZES"],
        font_bold=os.path.join(theme, merged["IMAGES_FONT_BOLD"]),
        font_regular=os.path.join(theme, merged["IMAGES_FONT_REGULAR"]),
        siteurl=str(settings.get("SITEURL", "")).rstrip("/"),
        sitename=str(settings.get("SITENAME", "")),
    )
