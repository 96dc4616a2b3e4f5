"""A feedgen extension for item pictures: RSS enclosure, Atom enclosure link, Media RSS.

feedgen 1.0.0 drops every Atom entry link attribute but ``href`` (upstream issue 135) and wraps
its own media tags in ``media:group``; this extension writes the elements itself, and restores
``rel``/``type`` on the entry's alternate link, instead of patching the XML afterwards.
"""

from __future__ import annotations

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

MEDIA_NS = "http://search.yahoo.com/mrss/"
ATOM_NS = "http://www.w3.org/2005/Atom"


class MediaExtension(BaseExtension):
    """Declare the Media RSS namespace on the feed."""

    def extend_ns(self):
        """Return the namespace prefixes this extension uses."""
        return {"media": MEDIA_NS}


class MediaEntryExtension(BaseEntryExtension):
    """An entry's picture and alternate link, written correctly for both formats."""

    def __init__(self):
        self.__image = None
        self.__alternate = None

    def image(self, url=None, length=None, mime=None, alt=None, *, credit=None, width=0, height=0):
        """Get or set the picture (absolute URL, size in bytes, MIME type, alt text, credit, pixel size)."""
        if url is not None:
            if not str(url).startswith(("http://", "https://")):
                msg = f"image URL must be absolute: {url!r}"
                raise ValueError(msg)
            self.__image = {"url": url, "length": str(int(length)), "type": mime, "alt": alt or "", "credit": credit}
            self.__image["size"] = {"width": str(int(width)), "height": str(int(height))} if width else {}
        return self.__image

    def alternate(self, href=None):
        """Get or set the HTML page this entry is about."""
        if href is not None:
            self.__alternate = href
        return self.__alternate

    def _media(self, entry):
        image = self.__image
        content = xml_elem(f"{{{MEDIA_NS}}}content", entry, url=image["url"], type=image["type"])
        content.attrib.update({"medium": "image", "fileSize": image["length"], **image["size"]})
        if image["alt"]:
            description = xml_elem(f"{{{MEDIA_NS}}}description", content, type="plain")
            description.text = image["alt"]
        if image["credit"]:
            credit = xml_elem(f"{{{MEDIA_NS}}}credit", content, role="photographer")
            credit.text = image["credit"]
        xml_elem(f"{{{MEDIA_NS}}}thumbnail", entry, url=image["url"])

    def extend_rss(self, entry):
        """Add the enclosure and Media RSS elements to an RSS item."""
        if self.__image:
            image = self.__image
            xml_elem("enclosure", entry, url=image["url"], length=image["length"], type=image["type"])
            self._media(entry)
        return entry

    def extend_atom(self, entry):
        """Add the enclosure link and Media RSS elements to an Atom entry; fix the alternate link."""
        for link in entry.findall(f"{{{ATOM_NS}}}link") + entry.findall("link"):
            if link.get("href") == self.__alternate:
                link.attrib.update({"rel": "alternate", "type": "text/html"})
        if self.__image:
            image = self.__image
            xml_elem("link", entry, rel="enclosure", href=image["url"], type=image["type"], length=image["length"])
            self._media(entry)
        return entry
