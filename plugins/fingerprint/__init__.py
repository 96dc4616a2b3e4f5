"""Fingerprint: content-addressed copies of the theme's static files, so browsers may keep them for a year.

Every file of ``theme/static`` is also published as ``<THEME_STATIC_DIR>/hashed/<path>.<hash>.<ext>``
(``names.py``); templates name the copies with the ``asset`` filter:
``{{ "css/main.css"|asset }}`` → ``https://…/theme/hashed/css/main.1a2b3c4d5e.css``. The plain
copies Pelican makes stay where they were (the widget script and the feeds' XSLT have permanent
addresses other sites use). The web server marks the hashed folder ``immutable``
(``hub_build.headers``).

Settings read: ``THEME``, ``THEME_STATIC_DIR``, ``SITEURL``.
Context published: ``fingerprints`` (relative path → fingerprinted path).
Signals: ``generator_init`` (the table and the filter), ``get_generators``.
"""

from __future__ import annotations

import os

from pelican import signals
from pelican.generators import Generator

from fingerprint.names import fingerprint_table, read_static
from hub_model.output import write_output


def asset_url(siteurl: str, static_dir: str, table: dict[str, str], relative: str) -> str:
    """Return the absolute URL of a theme file's fingerprinted copy; an unknown file is a template error."""
    if relative not in table:
        msg = f"no theme file static/{relative} to fingerprint"
        raise KeyError(msg)
    return f"{siteurl.rstrip('/')}/{static_dir}/{table[relative]}"


def add_filter(generator):
    """Fingerprint the theme's static files once per build; give templates the ``asset`` filter."""
    context = generator.context
    if "fingerprints" not in context:
        context["fingerprints"] = fingerprint_table(read_static(os.path.join(generator.theme, "static")))
    settings = generator.settings
    static_dir = settings.get("THEME_STATIC_DIR", "theme")
    table = context["fingerprints"]
    generator.env.filters["asset"] = lambda relative: asset_url(settings["SITEURL"], static_dir, table, relative)


class FingerprintGenerator(Generator):
    """Write the fingerprinted copies."""

    def generate_output(self, writer):
        """Write each theme file again under its fingerprinted name."""
        static = os.path.join(self.theme, "static")
        static_dir = self.settings.get("THEME_STATIC_DIR", "theme")
        for relative, hashed in self.context["fingerprints"].items():
            with open(os.path.join(static, relative), "rb") as handle:
                write_output(writer, f"{static_dir}/{hashed}", handle.read())


def add_generator(pelican):
    """Contribute the generator writing the copies."""
    return FingerprintGenerator


def register():
    """Connect the table, the filter and the generator."""
    signals.generator_init.connect(add_filter)
    signals.get_generators.connect(add_generator)
