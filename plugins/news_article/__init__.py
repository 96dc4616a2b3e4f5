"""News article: schema.org ``NewsArticle`` structured data on every listed brief's page.

The office is the author and the publisher (a ``GovernmentOrganization``); the pictures are the
brief's processed photo and its share cards (from the images plugin, when it ran).

Settings read: ``SITEURL``, ``ORGANISATION``, ``ORGANISATION_URL``.
Template filter: ``news_article_json_ld`` (brief -> JSON for a ``<script type="application/ld+json">``).
Signals: ``generator_init``.
"""

from __future__ import annotations

import functools

from markupsafe import Markup
from pelican import signals

from hub_model.html import dump_json_ld
from news_article.jsonld import news_article


def json_ld_script(item, siteurl: str, organisation: str, organisation_url: str) -> Markup:
    """Return a brief's ``NewsArticle``, serialised so it cannot break out of its ``<script>``."""
    return Markup(dump_json_ld(news_article(item, siteurl, organisation, organisation_url)))  # noqa: S704 (escaped)


def add_filters(generator):
    """Give templates the ``news_article_json_ld`` filter, bound to this site."""
    settings = generator.settings
    generator.env.filters["news_article_json_ld"] = functools.partial(
        json_ld_script,
        siteurl=settings["SITEURL"].rstrip("/"),
        organisation=settings["ORGANISATION"],
        organisation_url=settings["ORGANISATION_URL"],
    )


def register():
    """Connect the filter."""
    signals.generator_init.connect(add_filters)
