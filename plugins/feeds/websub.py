"""A feedgen extension advertising the WebSub hub subscribers may follow the feed through.

Atom and RSS both get ``<link rel="hub">`` (in RSS as ``atom:link``); the ``rel="self"`` link
WebSub also needs is set by ``build.serialise``. Pinging the hub on publish is not done here.
"""

from __future__ import annotations

from feedgen.ext.base import BaseExtension
from feedgen.util import xml_elem

ATOM_NS = "http://www.w3.org/2005/Atom"


class WebSubExtension(BaseExtension):
    """The feed's WebSub hub."""

    def __init__(self):
        self.__hub = ""

    def hub(self, url=None):
        """Get or set the hub's absolute URL."""
        if url is not None:
            if not str(url).startswith(("http://", "https://")):
                msg = f"WebSub hub URL must be absolute: {url!r}"
                raise ValueError(msg)
            self.__hub = url
        return self.__hub

    def extend_rss(self, feed):
        """Add the hub link to the RSS channel."""
        if self.__hub:
            xml_elem(f"{{{ATOM_NS}}}link", feed.find("channel"), rel="hub", href=self.__hub)
        return feed

    def extend_atom(self, feed):
        """Add the hub link to the Atom feed."""
        if self.__hub:
            xml_elem("link", feed, rel="hub", href=self.__hub)
        return feed
