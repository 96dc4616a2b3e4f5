"""schema.org ``NewsArticle`` data for a brief's page (pure).

What Google documents for article structured data: ``headline``, ``image`` (the picture's
handed-out copy and the generated share cards: wide, square and tall, as Google asks),
``datePublished``, ``dateModified``, ``author`` and ``publisher`` (the office, a
``GovernmentOrganization``), plus ``isAccessibleForFree``, ``inLanguage`` and the page itself.
"""

from __future__ import annotations

# Google shows at most this many characters of a headline.
HEADLINE_MAX = 110


def image_urls(item) -> list[str]:
    """Return the brief's pictures: its photo's copy (when it has one), then its share cards."""
    image = getattr(item, "image", None)
    found = [image.url] if image is not None and image.width else []
    return found + [card.url for card in getattr(item, "share_cards", ())]


def news_article(item, siteurl: str, organisation: str, organisation_url: str) -> dict:
    """Return the ``NewsArticle`` describing one brief (hub model fields, ``title``, ``date``, ``url``)."""
    office = {"@type": "GovernmentOrganization", "name": organisation, "url": organisation_url}
    url = f"{siteurl}/{item.url}"
    modified = getattr(item, "modified", None)
    headline = item.title if len(item.title) <= HEADLINE_MAX else item.title[: HEADLINE_MAX - 1].rstrip() + "…"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": f"urn:uuid:{item.uid}",
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "description": str(item.metadata.get("summary", "")),
        "datePublished": item.date.isoformat(),
        "dateModified": max(modified or item.date, item.date).isoformat(),
        "inLanguage": "id",
        "isAccessibleForFree": True,
        "articleSection": item.program.name,
        "author": office,
        "publisher": office,
    }
    images = image_urls(item)
    if images:
        data["image"] = images
    return data
