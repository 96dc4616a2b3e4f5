"""Fit text into a box (pure, Pillow fonts only): wrap at word boundaries, shrink until it fits, never overflow.

A title is tried at ``largest`` first and at every smaller size down to ``smallest``; the first size
at which all its lines fit the box wins. Text too long even at ``smallest`` keeps the lines that
fit and ends with an ellipsis. A word wider than the box is broken between characters.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PIL import ImageFont

ELLIPSIS = "…"
LINE_SPACING = 1.18  # line height as a multiple of the font size


@dataclass(frozen=True)
class Fitted:
    """Text set at one size: its lines and the distance between their tops."""

    size: int
    lines: tuple[str, ...]
    line_height: int

    @property
    def height(self) -> int:
        """Return the height the lines take."""
        return self.line_height * len(self.lines)


@functools.lru_cache(maxsize=256)
def font_at(path: str, size: int) -> ImageFont.FreeTypeFont:
    """Return the font file at ``path`` at ``size`` px (loaded once per size)."""
    return ImageFont.truetype(path, size)


def break_word(word: str, font, width: int) -> list[str]:
    """Break a word wider than ``width`` into pieces that each fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and font.getlength(piece + char) > width:
            pieces.append(piece)
            piece = char
        else:
            piece += char
    return [*pieces, piece] if piece else pieces


@functools.lru_cache(maxsize=1 << 16)
def advance(font, text: str) -> float:
    """Return the width of ``text`` in ``font`` (measured once per font and text: titles share many words)."""
    return font.getlength(text)


def wrap(text: str, font, width: int) -> list[str]:
    """Wrap ``text`` greedily into lines no wider than ``width`` px in ``font``.

    A line's width is summed from its words' (each measured with the space before it), which is
    what shaping the whole line gives in the fonts we use; every line is then measured whole, and
    should one be wider after all, the text is wrapped again measuring every candidate line.
    """
    lines = greedy(text, font, width, summed=True)
    if any(font.getlength(line) > width for line in lines):
        lines = greedy(text, font, width, summed=False)
    return lines


def greedy(text: str, font, width: int, *, summed: bool) -> list[str]:
    """Fill lines word by word; a line's width is summed from its words' (``summed``) or measured whole."""
    lines: list[str] = []
    line, used = "", 0.0
    for word in text.split():
        # No glyph is wider than 1.25 em: a word short enough surely fits and is not measured alone.
        short = len(word) * font.size * 1.25 <= width
        parts = [word] if short or advance(font, word) <= width else break_word(word, font, width)
        for part in parts:
            candidate = f"{line} {part}" if line else part
            if not summed:
                grown = font.getlength(candidate) if line else 0.0
            else:
                grown = used + advance(font, f" {part}") if line else advance(font, part)
            if line and grown > width:
                lines.append(line)
                line, used = part, advance(font, part) if summed else 0.0
            else:
                line, used = candidate, grown
    return [*lines, line] if line else lines


def shortened(lines: list[str], count: int, font, width: int) -> list[str]:
    """Keep the first ``count`` lines, the last one ending with an ellipsis that fits."""
    kept = lines[:count]
    if len(lines) <= count:
        return kept
    last = kept[-1]
    while last and font.getlength(last.rstrip(" ,.;:") + ELLIPSIS) > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = last.rstrip(" ,.;:") + ELLIPSIS
    return kept


def fit_text(text: str, font_path: str, width: int, height: int, *, largest: int, smallest: int) -> Fitted:
    """Return ``text`` wrapped at the largest size (``largest`` … ``smallest``) that fits ``width`` × ``height``."""
    text = " ".join(text.split())
    sizes = list(range(largest, smallest - 1, -2))

    def fitted(size: int) -> Fitted | None:
        line_height = round(size * LINE_SPACING)
        lines = wrap(text, font_at(font_path, size), width)
        return Fitted(size, tuple(lines), line_height) if line_height * len(lines) <= height else None

    # A smaller size never needs more height, so the sizes that fit are a tail of ``sizes``:
    # find where it starts by bisection (a few wraps instead of one per size).
    low, high, best = 0, len(sizes) - 1, None
    while low <= high:
        middle = (low + high) // 2
        found = fitted(sizes[middle])
        if found is not None:
            best, high = found, middle - 1
        else:
            low = middle + 1
    if best is not None:
        return best
    font = font_at(font_path, smallest)
    line_height = round(smallest * LINE_SPACING)
    count = max(1, height // line_height)
    return Fitted(smallest, tuple(shortened(wrap(text, font, width), count, font, width)), line_height)
