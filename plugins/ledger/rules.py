r"""Redirect rules files for the published ledger: ``_redirects`` and ``nginx-redirects.conf`` (pure).

Paths come in as site-relative paths without a leading slash (``berita/lama/``), exactly as the
ledger stores them. The writers refuse anything but a clean site path (see
``is_clean_site_path``), drop duplicates and sort, so the files are stable and reviewable.

Below that check, the encoders stay safe on their own for any string:

- nginx matches ``location =`` against the *decoded, normalised* request path, so the location
  holds the raw path, written as a double-quoted nginx string (``\`` and ``"`` escaped;
  ``location`` never expands ``$`` variables). The ``return`` target is a URL: it is
  percent-encoded, which also removes every ``$`` (``return`` would expand it), then quoted.
  Nothing in a value can end the directive or start another one.
- Netlify and Cloudflare Pages read ``from to status`` split on whitespace, with ``#`` comments,
  ``:name`` placeholders and ``*`` splats, and want special characters URL-encoded: both paths
  are percent-encoded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

from hub_model.fields import SITE_PATH

CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def is_clean_site_path(path: str) -> bool:
    """Tell whether a site path (no leading slash) is safe to publish as-is: the schema's ``Redirect_From`` rule.

    The empty string is the site root (``/``), a valid target though never a redirect source.
    """
    return path == "" or bool(SITE_PATH.match("/" + path))


def url_path(path: str) -> str:
    """Return a site path as a URL path: a leading slash, anything outside ``A-Za-z0-9-._~/`` percent-encoded.

    Non-ASCII characters are encoded as UTF-8 (``café/`` -> ``/caf%C3%A9/``); ``%`` itself is
    encoded, so the input is always read as a raw path, never as already-encoded.
    """
    return "/" + quote(path, safe="/~")


def nginx_string(value: str) -> str:
    r"""Return ``value`` as an nginx double-quoted string that nginx reads back character for character.

    Inside double quotes ``;``, ``{``, ``}``, ``#``, ``'`` and whitespace are plain characters;
    only ``\`` and ``"`` need a backslash (nginx also reads ``\'``, ``\n``, ``\r``, ``\t``, and
    keeps any other backslash as it is). Control characters are refused: no clean path has one,
    and a configuration file should not. ``$`` is kept: use the result only where nginx does not
    expand variables (``location`` does not), or encode ``$`` first.
    """
    if CONTROL.search(value):
        msg = f"control character in nginx string {value!r}"
        raise ValueError(msg)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nginx_location(old: str, new: str) -> str:
    """Return one nginx rule redirecting site path ``old`` to ``new`` with a 301 (no cleanliness check)."""
    return f"location = {nginx_string('/' + old)} {{ return 301 {nginx_string(url_path(new))}; }}\n"


def netlify_line(old: str, new: str) -> str:
    """Return one ``_redirects`` line redirecting site path ``old`` to ``new`` with a 301 (no cleanliness check)."""
    return f"{url_path(old)} {url_path(new)} 301\n"


def clean_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the pairs sorted and without duplicates; refuse unclean paths and conflicting targets.

    Raises ``ValueError`` naming the path when an old or new path is not a clean site path, when
    a path redirects to itself (a loop), or when one old path is given two different new ones
    (nginx would refuse the duplicate location and not start).
    """
    unique = sorted(set(pairs))
    targets: dict[str, str] = {}
    for old, new in unique:
        for path in (old, new):
            if not is_clean_site_path(path):
                msg = f"not a clean site path for a redirect: {path!r} (in {old!r} -> {new!r})"
                raise ValueError(msg)
        if old == new:
            msg = f"redirect from {old!r} to itself"
            raise ValueError(msg)
        if old in targets:
            msg = f"redirect from {old!r} has two targets: {targets[old]!r} and {new!r}"
            raise ValueError(msg)
        targets[old] = new
    return unique


def netlify_rules(pairs: Iterable[tuple[str, str]]) -> str:
    """Return a ``_redirects`` file (Netlify, Cloudflare Pages) with permanent redirects."""
    return "".join(netlify_line(old, new) for old, new in clean_pairs(pairs))


def nginx_rules(pairs: Iterable[tuple[str, str]]) -> str:
    """Return nginx ``location`` blocks with permanent redirects, to include in a ``server`` block."""
    return "".join(nginx_location(old, new) for old, new in clean_pairs(pairs))
