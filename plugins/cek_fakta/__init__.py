"""Cek fakta: hoax clarifications as a first-class content type.

Reads Markdown files under ``CEKFAKTA_PATHS`` (``content/cek-fakta/``) into ``Clarification``
objects with typed ``claim`` details (``model.ClaimDetails``: the claim, where and since when it
circulated, the verdict, the evidence, related Uids). Each gets what syndicated copies carry:
``title_prefix`` (``[HOAKS]``), ``syndication_lead`` (verdict and quoted claim, HTML),
``syndication_tail`` (the evidence, HTML) and ``feed_terms`` (the "Cek Fakta" and verdict
categories); feeds and the share kit use them without knowing this plugin. Related briefs and
events get ``fact_checks`` (links back), clarifications ``related_refs``.

Writes each clarification's page and the verdicts page at ``CEKFAKTA_VERDICTS_URL`` (each
verdict's meaning and rating); the listing at ``CEKFAKTA_INDEX_URL`` and one listing per verdict
(``CEKFAKTA_VERDICT_URL``) are sections the sections plugin writes like every other listing.

Context published: ``clarifications`` (listed, newest first), ``clarifications_section``,
``clarification_sections`` (the listing, then each verdict's), ``verdict_sections``,
``home_clarifications``, ``verdicts`` (every verdict with its section or None), ``verdicts_url``,
``verdict_scale`` (each rating and its name).
Settings read: ``CEKFAKTA_PATHS``, ``CLARIFICATION_URL``, ``CLARIFICATION_SAVE_AS``,
``CEKFAKTA_INDEX_URL``, ``CEKFAKTA_VERDICT_URL``, ``CEKFAKTA_VERDICTS_URL``, ``CEKFAKTA_HOME_COUNT``,
``SITEURL``, ``ORGANISATION``, ``ORGANISATION_URL``.
Template filter: ``claim_review_json_ld`` (clarification -> ``ClaimReview`` JSON for a ``<script>``).
Signals: ``get_generators``, ``generator_init``.
"""

from __future__ import annotations

import functools

from markupsafe import Markup
from pelican import signals

from cek_fakta.generator import CekFaktaGenerator
from cek_fakta.jsonld import claim_review
from hub_model.html import dump_json_ld


def json_ld_script(item, siteurl: str, organisation: str, organisation_url: str) -> Markup:
    """Return a clarification's ``ClaimReview``, serialised so it cannot break out of its ``<script>``."""
    data = claim_review(item, siteurl, organisation, organisation_url)
    return Markup(dump_json_ld(data))  # noqa: S704 (escaped by dump_json_ld)


def add_filters(generator):
    """Give templates the ``claim_review_json_ld`` filter, bound to this site."""
    settings = generator.settings
    generator.env.filters["claim_review_json_ld"] = functools.partial(
        json_ld_script,
        siteurl=settings["SITEURL"],
        organisation=settings["ORGANISATION"],
        organisation_url=settings["ORGANISATION_URL"],
    )


def add_generator(pelican):
    """Contribute the clarifications generator."""
    return CekFaktaGenerator


def register():
    """Connect the clarifications generator and filter."""
    signals.generator_init.connect(add_filters)
    signals.get_generators.connect(add_generator)
