"""Share cards (pure, Pillow only): an item's title, programme, date and the hub's name on a designed picture.

Three sizes (``SIZES``): the Open Graph card link previews show, a square one and a vertical one for
Instagram, WhatsApp Status and TikTok. With a photo, the photo fills one side (the top of the
square and vertical cards); without one, the whole card is the designed panel, never a blank
rectangle. A clarification's card leads with its verdict in big letters on the verdict's colour
band, then the claim, so it reads at WhatsApp thumbnail size. Text is set by ``fit.fit_text``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageOps

from images.fit import Fitted, fit_text, font_at

# name -> (width, height, the download link's text)
SIZES = {
    "og": (1200, 630, "Unduh kartu 1200×630"),
    "square": (1080, 1080, "Unduh kartu persegi 1080×1080"),
    "vertical": (1080, 1920, "Unduh kartu vertikal 1080×1920"),
}
GREEN = (11, 110, 79)
GREEN_DARK = (6, 75, 54)
YELLOW = (244, 196, 48)
WHITE = (255, 255, 255)
PALE = (214, 236, 226)
# A verdict's band, by its tone (the theme's badge colours: white text on each at least 4.5:1).
TONES = {"salah": (180, 35, 24), "menyesatkan": (138, 75, 0), "sebagian": (75, 63, 160), "benar": (11, 110, 79)}
# Optimised Huffman tables, not progressive: a third less drawing time per card for 8% more bytes.
JPEG = {"quality": 85, "optimize": True}


@dataclass(frozen=True)
class CardText:
    """What a card says (plain text)."""

    title: str
    kicker: str  # "Kesehatan · 10 Mei 2026"
    sitename: str
    verdict: str = ""  # a clarification's verdict label ("Hoaks"); empty for briefs and events
    tone: str = ""  # the verdict's tone (a key of TONES)
    claim: str = ""  # the claim as it circulated


@dataclass(frozen=True)
class Fonts:
    """The font files a card is set in."""

    bold: str
    regular: str


@dataclass(frozen=True)
class Box:
    """A rectangle of the card: left, top, width, height."""

    x: int
    y: int
    w: int
    h: int


def photo_box(width: int, height: int) -> Box:
    """Return where the photo goes: the right part of a wide card, the top of a square or tall one."""
    if width > height:
        return Box(round(width * 0.55), 0, width - round(width * 0.55), height)
    return Box(0, 0, width, round(height * (0.5 if width == height else 0.42)))


def text_box(width: int, height: int, with_photo: bool) -> Box:
    """Return the panel the text goes in (the whole card without a photo)."""
    if not with_photo:
        return Box(0, 0, width, height)
    photo = photo_box(width, height)
    if width > height:
        return Box(0, 0, photo.x, height)
    return Box(0, photo.h, width, height - photo.h)


def draw_lines(draw: ImageDraw.ImageDraw, fitted: Fitted, font_path: str, at: tuple[int, int], fill) -> int:
    """Draw fitted lines from the top-left corner ``x, y``; return the y below them."""
    font = font_at(font_path, fitted.size)
    x, y = at
    for number, line in enumerate(fitted.lines):
        draw.text((x, y + number * fitted.line_height), line, font=font, fill=fill)
    return y + fitted.height


def ornament_box(panel: Box, unit: int) -> Box:
    """Return the square the ornament of a picture-less panel sits in: its bottom-right corner, beside the footer.

    It stays below the text (which ends above the footer) and right of the hub's name, so no
    letter is ever drawn over it.
    """
    radius = round(unit * 0.16)
    return Box(panel.x + panel.w - radius, panel.y + panel.h - radius, radius, radius)


def decorate(draw: ImageDraw.ImageDraw, panel: Box, unit: int) -> None:
    """Draw the panel's own design (a picture-less card is never a blank rectangle): rings and a dot in a corner."""
    box = ornament_box(panel, unit)
    radius = box.w
    cx, cy = box.x + box.w, box.y + box.h
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=GREEN)
    inner = round(radius * 0.62)
    draw.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), fill=GREEN_DARK)
    dot = round(radius * 0.1)
    angle_x, angle_y = round(radius * 0.81), round(radius * 0.59)  # on the outer ring, up and to the left
    draw.ellipse((cx - angle_x - dot, cy - angle_y - dot, cx - angle_x + dot, cy - angle_y + dot), fill=YELLOW)


def draw_footer(draw: ImageDraw.ImageDraw, text: CardText, fonts: Fonts, panel: Box, *, pad: int, unit: int) -> int:
    """Draw the hub's name along the panel's bottom edge; return the y above it."""
    size = round(unit * 0.05)
    y = panel.y + panel.h - pad - size
    draw.rectangle(
        (panel.x + pad, y - round(size * 0.6), panel.x + pad + size * 3, y - round(size * 0.6) + 6), fill=YELLOW
    )
    # One line, clear of the ornament's corner: a long name shrinks, then ends with an ellipsis.
    room = panel.w - 2 * pad - ornament_box(panel, unit).w
    name = fit_text(text.sitename, fonts.bold, room, round(size * 1.2), largest=size, smallest=round(size * 0.6))
    draw_lines(draw, name, fonts.bold, (panel.x + pad, y), WHITE)
    return y - size


def draw_item_text(draw: ImageDraw.ImageDraw, text: CardText, fonts: Fonts, panel: Box, *, pad: int, unit: int) -> None:
    """Draw a brief's or event's programme and date, then its title, fitted to the space left."""
    inner_w = panel.w - 2 * pad
    top = panel.y + pad
    kicker = fit_text(
        text.kicker, fonts.bold, inner_w, round(unit * 0.12), largest=round(unit * 0.055), smallest=round(unit * 0.035)
    )
    top = draw_lines(draw, kicker, fonts.bold, (panel.x + pad, top), YELLOW) + round(unit * 0.03)
    bottom = draw_footer(draw, text, fonts, panel, pad=pad, unit=unit) - round(unit * 0.04)
    title = fit_text(
        text.title, fonts.bold, inner_w, bottom - top, largest=round(unit * 0.11), smallest=round(unit * 0.045)
    )
    draw_lines(draw, title, fonts.bold, (panel.x + pad, top), WHITE)


def draw_claim_text(
    draw: ImageDraw.ImageDraw, text: CardText, fonts: Fonts, panel: Box, *, pad: int, unit: int
) -> None:
    """Draw a clarification's verdict band (big label on its colour), then the claim as it circulated."""
    band_h = round(unit * 0.26)
    draw.rectangle((panel.x, panel.y, panel.x + panel.w, panel.y + band_h), fill=TONES.get(text.tone, TONES["salah"]))
    # A yellow edge sets the band off the panel whatever the verdict's colour (green "benar" on green).
    draw.rectangle((panel.x, panel.y + band_h, panel.x + panel.w, panel.y + band_h + round(unit * 0.012)), fill=YELLOW)
    label = fit_text(
        text.verdict.upper(), fonts.bold, panel.w - 2 * pad, band_h - pad, largest=round(unit * 0.19), smallest=24
    )
    draw_lines(draw, label, fonts.bold, (panel.x + pad, panel.y + (band_h - label.height) // 2), WHITE)
    top = panel.y + band_h + pad
    heading = fit_text(
        "KLAIM YANG BEREDAR", fonts.bold, panel.w - 2 * pad, unit, largest=round(unit * 0.045), smallest=12
    )
    top = draw_lines(draw, heading, fonts.bold, (panel.x + pad, top), YELLOW) + round(unit * 0.02)
    bottom = draw_footer(draw, text, fonts, panel, pad=pad, unit=unit) - round(unit * 0.04)
    claim = fit_text(
        f"“{text.claim}”", fonts.regular, panel.w - 2 * pad, bottom - top, largest=round(unit * 0.08), smallest=16
    )
    draw_lines(draw, claim, fonts.regular, (panel.x + pad, top), WHITE)


def render_card(text: CardText, name: str, fonts: Fonts, photo: Image.Image | None = None) -> bytes:
    """Return the JPEG bytes of one share card (``name``: a key of ``SIZES``)."""
    width, height, _ = SIZES[name]
    card = Image.new("RGB", (width, height), GREEN_DARK)
    draw = ImageDraw.Draw(card)
    use_photo = photo is not None and not text.verdict
    if use_photo:
        box = photo_box(width, height)
        card.paste(ImageOps.fit(photo.convert("RGB"), (box.w, box.h), Image.Resampling.BICUBIC), (box.x, box.y))
    panel = text_box(width, height, use_photo)
    unit = min(width, height) if width > height else width
    if not use_photo:
        decorate(draw, panel, unit)
    pad = round(unit * 0.06)
    if text.verdict:
        draw_claim_text(draw, text, fonts, panel, pad=pad, unit=unit)
    else:
        draw_item_text(draw, text, fonts, panel, pad=pad, unit=unit)
    out = io.BytesIO()
    card.save(out, "JPEG", **JPEG)
    return out.getvalue()
