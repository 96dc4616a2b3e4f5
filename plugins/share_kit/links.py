"""Share captions and share URLs for social networks: plain links, no third-party script (pure)."""

from __future__ import annotations

from urllib.parse import quote, urlencode


def _query(**params: str) -> str:
    # quote (not quote_plus): spaces become %20, which every network decodes the same way.
    return urlencode(params, quote_via=quote)


def share_message(text: str, hashtags: tuple[str, ...] | list[str] = ()) -> str:
    """Return the text a reader posts: the share text (or summary) followed by the hashtags."""
    parts = [text.strip(), " ".join(tag.strip() for tag in hashtags if tag.strip())]
    return "\n\n".join(part for part in parts if part)


def share_caption(text: str, hashtags: tuple[str, ...] | list[str], url: str) -> str:
    """Return the ready caption: share text, hashtags and the URL, one paragraph each."""
    return "\n\n".join(part for part in (share_message(text, hashtags), url) if part)


def share_links(url: str, text: str) -> dict[str, str]:
    """Return share URLs (network name -> href) for WhatsApp, Telegram, X, Facebook and LinkedIn.

    ``text`` is the message without the URL; networks that take only one field get both joined.
    """
    with_url = f"{text}\n\n{url}" if text else url
    return {
        "WhatsApp": "https://wa.me/?" + _query(text=with_url),
        "Telegram": "https://t.me/share/url?" + _query(url=url, text=text),
        "X": "https://x.com/intent/tweet?" + _query(text=text, url=url),
        "Facebook": "https://www.facebook.com/sharer/sharer.php?" + _query(u=url),
        "LinkedIn": "https://www.linkedin.com/sharing/share-offsite/?" + _query(url=url),
    }
