"""schema.org ``ClaimReview`` data for a clarification page (pure).

Fields as fact-check aggregators read them: ``claimReviewed``, ``reviewRating`` (the schema's
numeric scale, with the verdict label as ``alternateName``), ``itemReviewed`` (a ``Claim`` with
where and when it appeared), ``author`` (the office, a ``GovernmentOrganization``),
``datePublished`` and ``url``.
"""

from __future__ import annotations

from hub_model.schema import RATING_BEST, RATING_WORST


def claim_appearances(details) -> tuple[list[dict], dict]:
    """Return where the claim appeared (``appearance``) and where it was first seen (``firstAppearance``)."""
    seen = details.first_seen_iso
    works = [{"@type": "CreativeWork", "url": url} for url in details.appearances]
    if works:
        first = {**works[0], "datePublished": seen}
        return works, first
    return [], {"@type": "CreativeWork", "name": f"Beredar di {details.platforms_text}", "datePublished": seen}


def claim_review(item, siteurl: str, organisation: str, organisation_url: str) -> dict:
    """Return the ``ClaimReview`` describing one clarification (an object with ``claim`` details)."""
    details = item.claim
    appearance, first = claim_appearances(details)
    claim = {
        "@type": "Claim",
        "name": details.claim,
        "datePublished": details.first_seen_iso,
        "firstAppearance": first,
    }
    if appearance:
        claim["appearance"] = appearance
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": f"urn:uuid:{item.uid}",
        "url": f"{siteurl}/{item.url}",
        "name": item.title,
        "headline": item.title,
        "inLanguage": "id",
        "datePublished": item.date.isoformat(),
        "claimReviewed": details.claim,
        "author": {"@type": "GovernmentOrganization", "name": organisation, "url": organisation_url},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": details.verdict.rating,
            "bestRating": RATING_BEST,
            "worstRating": RATING_WORST,
            "alternateName": details.verdict.label,
            "ratingExplanation": details.verdict.explanation,
        },
        "itemReviewed": claim,
    }
    modified = getattr(item, "modified", None)
    if modified and modified > item.date:
        data["dateModified"] = modified.isoformat()
    return data
