"""A feedgen extension stating the licence items may be republished under.

Atom: ``<link rel="license">`` (RFC 4946) and ``<rights>``. RSS 2.0: ``<copyright>`` and the
Creative Commons RSS module's ``<creativeCommons:license>``, which readers such as feedparser
turn into a licence link. feedgen's own ``rights`` has no licence link, so this writes all four.
"""

from __future__ import annotations

from feedgen.ext.base import BaseExtension
from feedgen.util import xml_elem

CC_NS = "http://backend.userland.com/creativeCommonsRssModule"


class LicenseExtension(BaseExtension):
    """The feed's licence: its URL and a one-line statement."""

    def __init__(self):
        self.__url = ""
        self.__statement = ""

    def license(self, url=None, statement=None):
        """Get or set the licence URL (absolute) and the statement shown as rights/copyright."""
        if url is not None:
            if not str(url).startswith(("http://", "https://")):
                msg = f"licence URL must be absolute: {url!r}"
                raise ValueError(msg)
            self.__url = url
            self.__statement = statement or url
        return self.__url, self.__statement

    def extend_rss(self, feed):
        """Add the copyright notice and the Creative Commons licence to the RSS channel."""
        if self.__url:
            channel = feed.find("channel")
            xml_elem("copyright", channel).text = self.__statement
            # Declared on the element, so Atom feeds do not carry an unused namespace.
            xml_elem(f"{{{CC_NS}}}license", channel, nsmap={"creativeCommons": CC_NS}).text = self.__url
        return feed

    def extend_atom(self, feed):
        """Add the licence link and the rights statement to the Atom feed."""
        if self.__url:
            xml_elem("link", feed, rel="license", href=self.__url, type="text/html")
            xml_elem("rights", feed).text = self.__statement
        return feed
