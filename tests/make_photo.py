"""Write the fixture site's phone photo: a deterministic JPEG with the EXIF a phone leaves (GPS, orientation).

Run from the repository root to recreate ``tests/fixtures/site/content/images/ponsel.jpg``; the file is
committed, so builds never depend on this script. The pixels are stored sideways (2000×1500) with
EXIF orientation 6, so the picture shows upright as 1500×2000 only once the orientation is applied.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

TARGET = Path(__file__).parent / "fixtures" / "site" / "content" / "images" / "ponsel.jpg"
GPS_IFD = 0x8825
# Bandung: 6°54'S 107°36'E.
GPS = {1: "S", 2: (6.0, 54.0, 0.0), 3: "E", 4: (107.0, 36.0, 0.0)}


def photo_bytes() -> bytes:
    """Return the photo's bytes (the same every time)."""
    image = Image.new("RGB", (2000, 1500), (40, 120, 90))
    draw = ImageDraw.Draw(image)
    for step in range(0, 2000, 50):
        draw.rectangle((step, 0, step + 25, 1500), fill=(40 + step % 200, 120, 200 - step % 150))
    draw.rectangle((0, 0, 300, 300), fill=(220, 30, 30))  # marks the stored top-left corner
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone X"
    exif.get_ifd(GPS_IFD).update(GPS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif.tobytes())
    return out.getvalue()


if __name__ == "__main__":
    TARGET.write_bytes(photo_bytes())
