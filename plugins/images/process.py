"""Picture processing (pure, Pillow only): check a source by its bytes, then encode clean renditions.

A rendition is made from the decoded pixels alone: turned upright first (``ImageOps.exif_transpose``),
written without EXIF, XMP or IPTC (a phone photo's GPS position never leaves the build), resized
with one filter and encoded with fixed settings, so the same source always gives the same bytes.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

# Output format -> (Pillow format, MIME type, file extension, fixed encoder settings).
ENCODERS = {
    "avif": ("AVIF", "image/avif", "avif", {"quality": 55, "speed": 8, "max_threads": 1}),
    "webp": ("WEBP", "image/webp", "webp", {"quality": 78, "method": 4}),
    "jpeg": ("JPEG", "image/jpeg", "jpg", {"quality": 82, "optimize": True, "progressive": True}),
}
# EXIF orientations that swap width and height.
TRANSPOSED = {5, 6, 7, 8}
ORIENTATION = 0x0112


@dataclass(frozen=True)
class BadImage(Exception):
    """A source that is no usable picture, and what the editor can do (Indonesian)."""

    message: str
    fix: str


@dataclass(frozen=True)
class Encoded:
    """One encoded rendition."""

    width: int
    height: int
    format: str  # a key of ENCODERS
    data: bytes

    @property
    def mime(self) -> str:
        """Return the rendition's MIME type."""
        return ENCODERS[self.format][1]

    @property
    def extension(self) -> str:
        """Return the rendition's file extension (without the dot)."""
        return ENCODERS[self.format][2]


def open_checked(data: bytes) -> Image.Image:
    """Open a picture after checking that its bytes really are one; raise ``BadImage`` otherwise."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
    except Image.DecompressionBombError:
        raise BadImage(
            "gambar terlalu besar untuk diolah (jumlah pikselnya berlebihan)",
            "perkecil gambar menjadi paling lebar 4000 piksel sebelum diunggah",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise BadImage(
            f"isi berkas bukan gambar yang bisa dibaca ({type(exc).__name__})",
            "ekspor ulang foto sebagai JPEG atau PNG dari aplikasi foto, lalu ganti berkasnya",
        ) from None
    return image


def upright_size(data: bytes) -> tuple[int, int]:
    """Return a checked picture's width and height as it is shown (its EXIF orientation applied)."""
    image = open_checked(data)
    width, height = image.size
    if image.getexif().get(ORIENTATION) in TRANSPOSED:
        return height, width
    return width, height


def rendition_widths(width: int, widths: tuple[int, ...]) -> tuple[int, ...]:
    """Return the widths to make for a source ``width`` px wide: the wanted ones below it, never upscaled."""
    top = min(width, max(widths))
    return (*(w for w in sorted(widths) if w < top), top)


def clean_pixels(data: bytes) -> Image.Image:
    """Decode a picture into upright RGB pixels with no metadata at all (a transparent one on white)."""
    image = ImageOps.exif_transpose(open_checked(data))
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")
    clean = image.copy()
    clean.info = {}
    return clean


def encode(image: Image.Image, fmt: str) -> bytes:
    """Encode pixels in one output format with its fixed settings and no metadata."""
    pillow_format, _, _, options = ENCODERS[fmt]
    out = io.BytesIO()
    image.save(out, pillow_format, **options)
    return out.getvalue()


def resized(image: Image.Image, width: int) -> Image.Image:
    """Return ``image`` scaled to ``width`` (kept as is at its own width)."""
    if width >= image.width:
        return image
    height = max(1, round(image.height * width / image.width))
    smaller = image.resize((width, height), Image.Resampling.LANCZOS)
    smaller.info = {}
    return smaller


def render(data: bytes, widths: tuple[int, ...], formats: tuple[str, ...]) -> list[Encoded]:
    """Return every rendition of a source: each width in each format, smallest first."""
    image = clean_pixels(data)
    out = []
    for width in rendition_widths(image.width, widths):
        scaled = resized(image, width)
        out += [Encoded(scaled.width, scaled.height, fmt, encode(scaled, fmt)) for fmt in formats]
    return out
