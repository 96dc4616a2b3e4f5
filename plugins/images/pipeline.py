"""From an item's pictures to published renditions: checks, processing through the store, URLs (pure).

``check_source`` returns what is wrong with a source (as ``Finding``s the plugin reports) from its
``Facts`` (decoding the bytes once: the store keeps the facts by the source's digest, so an
unchanged picture is never decoded again); ``process_image`` gives an ``Image`` its renditions
and says which output file holds which encoded copy. The copy handed out (feeds' enclosures,
downloads, republished copies) is the largest JPEG rendition, at most the largest configured width.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import PIL

from hub_model.model import Image, Rendition
from images.config import ImagesSettings
from images.process import BadImage, render, upright_size
from images.store import Facts, Store, digest

# Bump when the processing changes in a way the settings do not show: every rendition is made again.
PROCESS_VERSION = "1"


@dataclass(frozen=True)
class Finding:
    """Something wrong with a source picture (Indonesian), an error unless it is a warning."""

    message: str
    fix: str
    warning: bool = False


@dataclass(frozen=True)
class Source:
    """A picture an item uses: its content-relative path, and the field and line that name it."""

    path: str
    field: str  # "Image", or "isi" for the body
    line: int
    lead: bool  # the item's ``Image:`` (which has a minimum width)


@dataclass
class Outcome:
    """What checking and processing an item's pictures found and made."""

    findings: list[tuple[Source, Finding]] = field(default_factory=list)
    processed: dict[str, Image] = field(default_factory=dict)  # source path -> the image with its renditions
    files: dict[str, Stored] = field(default_factory=dict)  # output path -> its bytes in the store
    photos: dict[str, str] = field(default_factory=dict)  # source path -> the store key of its renditions


@dataclass(frozen=True)
class Stored:
    """Where an output file's bytes are: the store key and the rendition's number in it."""

    key: str
    index: int


def megabytes(length: int) -> str:
    """Return a byte count in MB, Indonesian style (``7,2 MB``)."""
    return f"{length / 1024 / 1024:.1f}".replace(".", ",") + " MB"


def source_facts(data: bytes) -> Facts:
    """Decode a source once: its upright size, or why it is no usable picture."""
    try:
        width, height = upright_size(data)
    except BadImage as exc:
        return Facts(bad=(exc.message, exc.fix))
    return Facts(width, height)


def check_source(data: bytes, config: ImagesSettings, *, lead: bool, facts: Facts | None = None) -> list[Finding]:
    """Return what is wrong with a source picture (``lead``: an item's ``Image:``, which has a minimum width).

    ``facts`` are the source's, when already known (``source_facts(data)`` otherwise).
    """
    facts = facts or source_facts(data)
    if facts.bad is not None:
        return [Finding(*facts.bad)]
    width = facts.width
    found = []
    if lead and width < config.min_width:
        found.append(
            Finding(
                f"gambar terlalu kecil: lebarnya {width} piksel, paling sedikit {config.min_width} piksel",
                f"pakai foto asli yang lebih besar (paling sedikit {config.min_width} piksel lebarnya), bukan "
                "tangkapan layar atau gambar kiriman WhatsApp yang sudah diperkecil",
            )
        )
    if len(data) > config.warn_bytes:
        found.append(
            Finding(
                f"berkas gambar besar ({megabytes(len(data))}); build mengecilkannya, tetapi unggahannya lambat",
                f"tidak wajib: simpan foto paling banyak {megabytes(config.warn_bytes)} (misalnya lebar 3000 "
                "piksel) agar repositori tetap ringan",
                warning=True,
            )
        )
    return found


def file_stem(path: str) -> str:
    """Return a URL-safe name for renditions of the source at ``path``."""
    stem = posixpath.splitext(posixpath.basename(path))[0].lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "gambar"


def rendition_key(data: bytes, config: ImagesSettings) -> str:
    """Return the store key of a source's renditions: its bytes, the settings and the code that make them."""
    return digest(PROCESS_VERSION, PIL.__version__, config.fingerprint, data)


def process_image(
    image: Image, data: bytes, config: ImagesSettings, store: Store, key: str = ""
) -> tuple[Image, dict[str, Stored]]:
    """Return ``image`` with its renditions (made once per source, through ``store``) and the files to write.

    ``key``: the source's ``rendition_key``, when already computed.
    """
    key = key or rendition_key(data, config)
    encoded = store.made(key, lambda: render(data, config.widths, config.formats))
    renditions, files = [], {}
    for index, item in enumerate(encoded):
        path = config.rendition_path.format(
            digest=key[:16], name=file_stem(image.path), width=item.width, ext=item.extension
        )
        files[path] = Stored(key, index)
        renditions.append(Rendition(f"{config.siteurl}/{path}", item.width, item.height, len(item.data), item.mime))
    handout = max((r for r in renditions if r.mime == "image/jpeg"), key=lambda r: r.width)
    processed = dataclasses.replace(
        image,
        url=handout.url,
        length=handout.length,
        mime=handout.mime,
        width=handout.width,
        height=handout.height,
        renditions=tuple(renditions),
        credit=image.credit or config.sitename,
    )
    return processed, files


def process_sources(
    sources: list[Source],
    lead: Image | None,
    read: Callable[[str], bytes],
    config: ImagesSettings,
    store: Store,
    *,
    write: bool,
) -> Outcome:
    """Check every picture of an item; when ``write``, process each sound one once (``lead``: its ``Image``)."""
    outcome = Outcome()
    for source in sources:
        data = read(source.path)
        key = rendition_key(data, config)
        facts = store.facts(key, lambda data=data: source_facts(data))
        findings = check_source(data, config, lead=source.lead, facts=facts)
        outcome.findings += [(source, finding) for finding in findings]
        if not write or any(not finding.warning for finding in findings) or source.path in outcome.processed:
            continue
        image = lead if source.lead and lead is not None else Image(source.path, "", "", 0, "")
        outcome.processed[source.path], files = process_image(image, data, config, store, key)
        outcome.files.update(files)
        outcome.photos[source.path] = next(iter(files.values())).key
    return outcome
