"""The response headers of every address of the site, decided in one place (pure).

``headers_for(path, policy)`` is the one decision: security headers (a Content-Security-Policy
allowing only the site's own origin, the video hosts in ``frame-src`` and the hashes of the inline
code the pages carry; ``frame-ancestors 'none'`` except under ``/embed/``, which other sites frame),
``nosniff``, the referrer and permissions policies, CORS for everything (public and cookie-free,
so the widget and oEmbed consumers may read feeds from any site), and caching: fingerprinted
files ``immutable`` for a year, everything else a short ``max-age`` and revalidated (the server's
``ETag``/``Last-Modified``). ``content_type(path)`` gives the media types mime.types lacks.

Two renderers express the same decision: ``nginx.render_locations`` (the ``nginx-headers.conf``
each build writes) and ``render_headers_file`` (``_headers`` for Netlify, Cloudflare Pages and
hosts like them); the tests check both against ``headers_for`` for every file of a built site.

Settings read (``load_policy``): ``SITEURL``, ``SAFE_HTML_IFRAME_HOSTS``, ``HEADERS_CSP_EXCEPTIONS``
(path prefix → directive → extra sources, e.g. ``{"/admin/": {"script-src": ["'unsafe-eval'"]}}``),
``HEADERS_MAX_AGE`` (seconds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from hub_build.inline import InlineCode

IMMUTABLE = "public, max-age=31536000, immutable"
FRAMABLE = ("/embed/",)  # other sites frame these (iframe lists, oEmbed cards)
SELF = "'self'"
UNSAFE_INLINE = "'unsafe-inline'"
DIRECTIVES = (
    "default-src",
    "script-src",
    "style-src",
    "img-src",
    "font-src",
    "connect-src",
    "media-src",
    "worker-src",
    "manifest-src",
    "frame-src",
    "object-src",
    "base-uri",
    "form-action",
    "frame-ancestors",
)
# Features the site never uses; the video players framed from SAFE_HTML_IFRAME_HOSTS keep the few
# they need (fullscreen, picture-in-picture), and the copy buttons the clipboard.
DENIED_FEATURES = (
    "accelerometer",
    "autoplay",
    "bluetooth",
    "browsing-topics",
    "camera",
    "clipboard-read",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "web-share",
    "xr-spatial-tracking",
)
VIDEO_FEATURES = ("fullscreen", "picture-in-picture")


@dataclass(frozen=True)
class PathRule:
    """A set of URL paths: those starting with ``prefix``, or matching the regular expression ``pattern``."""

    prefix: str = ""
    pattern: str = ""  # the same syntax for Python's re and nginx's PCRE

    def matches(self, path: str) -> bool:
        """Tell whether ``path`` is in the set."""
        return path.startswith(self.prefix) if self.prefix else re.search(self.pattern, path) is not None


# Files whose name changes with their bytes: the theme's fingerprinted copies (fingerprint plugin),
# the pictures' renditions and the share cards (images plugin: IMAGES_RENDITION_PATH and
# IMAGES_CARD_PATH, named by a digest of what they are made of) and Pagefind's fragments, indexes
# and metadata (named by their hash).
IMMUTABLE_PATHS = (
    PathRule(prefix="/theme/hashed/"),
    PathRule(pattern=r"^/gambar/[0-9a-f]{16}/[^/]+$"),
    PathRule(pattern=r"^/kartu/[^/]+/[a-z]+-[0-9a-f]{12}\.jpg$"),
    PathRule(pattern=r"^/pagefind/[^/]+/(fragment|index)/"),
    PathRule(pattern=r"^/pagefind/[^/]+/pagefind\.[^/]+\.pf_meta$"),
)
# Media types mime.types lacks or gets wrong for these files (by the end of the path).
CONTENT_TYPES = (
    (r"/rss\.xml$", "application/rss+xml; charset=utf-8"),
    (r"/atom\.xml$", "application/atom+xml; charset=utf-8"),
    (r"/feed\.json$", "application/feed+json; charset=utf-8"),
    (r"/oembed\.json$", "application/json+oembed"),
    (r"\.ics$", "text/calendar; charset=utf-8"),
    (r"\.xsl$", "application/xslt+xml; charset=utf-8"),
)
# Files of the build that configure hosts; never served.
PRIVATE = ("/_headers", "/_redirects", "/nginx-redirects.conf", "/nginx-headers.conf")


@dataclass(frozen=True)
class Policy:
    """Everything the headers of a path depend on: settings, and the build's inline code."""

    origin: str  # "https://hub.example" ("" when SITEURL is relative)
    frame_hosts: tuple[str, ...] = ()  # "https://www.youtube-nocookie.com", …
    csp_exceptions: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    max_age: int = 300
    inline: InlineCode = field(default_factory=InlineCode)

    @property
    def zones(self) -> tuple[str, ...]:
        """Return the path prefixes below which the headers change (besides ``/``), sorted."""
        prefixes = {*FRAMABLE, *self.csp_exceptions, *(rule.prefix for rule in IMMUTABLE_PATHS if rule.prefix)}
        return tuple(sorted(prefixes))


def check_exceptions(table: object) -> dict[str, dict[str, tuple[str, ...]]]:
    """Return ``HEADERS_CSP_EXCEPTIONS`` checked: folder prefixes, known directives, sources without separators."""
    if not isinstance(table, dict):
        msg = f"HEADERS_CSP_EXCEPTIONS must map path prefixes to directives: {table!r}"
        raise TypeError(msg)
    checked = {}
    for prefix, directives in table.items():
        if not isinstance(prefix, str) or not re.fullmatch(r"/([A-Za-z0-9._~-]+/)*", prefix) or prefix == "/":
            msg = f'HEADERS_CSP_EXCEPTIONS: {prefix!r} must be a folder path like "/admin/"'
            raise ValueError(msg)
        checked[prefix] = {}
        for directive, given in dict(directives).items():
            if directive not in DIRECTIVES or directive == "frame-ancestors":
                msg = f"HEADERS_CSP_EXCEPTIONS[{prefix!r}]: unknown or fixed directive {directive!r}"
                raise ValueError(msg)
            sources = (given,) if isinstance(given, str) else tuple(given)
            if any(not re.fullmatch(r"[^\s;,]+", source) for source in sources):
                msg = f"HEADERS_CSP_EXCEPTIONS[{prefix!r}][{directive!r}]: one source per item, no spaces: {sources!r}"
                raise ValueError(msg)
            checked[prefix][directive] = sources
    return checked


def load_policy(settings: dict, inline: InlineCode | None = None) -> Policy:
    """Read the policy's settings (checked once) for a build whose pages carry ``inline`` code."""
    parts = urlsplit(str(settings.get("SITEURL", "")))
    max_age = settings.get("HEADERS_MAX_AGE", 300)
    if not isinstance(max_age, int) or isinstance(max_age, bool) or max_age < 0:
        msg = f"HEADERS_MAX_AGE must be a number of seconds: {max_age!r}"
        raise ValueError(msg)
    return Policy(
        origin=f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "",
        frame_hosts=tuple(f"https://{host}" for host in settings.get("SAFE_HTML_IFRAME_HOSTS", ())),
        csp_exceptions=check_exceptions(settings.get("HEADERS_CSP_EXCEPTIONS", {})),
        max_age=max_age,
        inline=inline or InlineCode(),
    )


def csp_directives(path: str, policy: Policy) -> dict[str, list[str]]:
    """Return the Content-Security-Policy of ``path`` as directive → sources, in a fixed order."""
    own = [SELF] + ([policy.origin] if policy.origin else [])
    directives = {  # each directive its own list: an exception adds to one directive only
        "default-src": list(own),
        "script-src": own + sorted(policy.inline.scripts),
        "style-src": own + sorted(policy.inline.styles),
        "img-src": list(own),
        "frame-src": own + list(policy.frame_hosts),
        "object-src": ["'none'"],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
    if not is_framable(path):
        directives["frame-ancestors"] = ["'none'"]
    for prefix, extra in sorted(policy.csp_exceptions.items()):
        if path.startswith(prefix):
            for directive, sources in extra.items():
                # A directive the policy leaves out falls back to default-src: start from it.
                current = directives.setdefault(directive, list(directives["default-src"]))
                current += [source for source in sources if source not in current]
                if UNSAFE_INLINE in sources:
                    # Browsers ignore 'unsafe-inline' beside a hash, so the zone that needs it drops them.
                    current[:] = [source for source in current if not source.startswith("'sha256-")]
    return directives


def content_security_policy(path: str, policy: Policy) -> str:
    """Return the Content-Security-Policy header of ``path``."""
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in csp_directives(path, policy).items())


def is_framable(path: str) -> bool:
    """Tell whether other sites may frame ``path``."""
    return path.startswith(FRAMABLE)


def is_immutable(path: str) -> bool:
    """Tell whether ``path`` is a file whose name changes with its bytes."""
    return any(rule.matches(path) for rule in IMMUTABLE_PATHS)


def permissions_policy(policy: Policy) -> str:
    """Return the Permissions-Policy header: every unused feature denied, video and clipboard kept."""
    hosts = "".join(f' "{host}"' for host in policy.frame_hosts)
    allowed = [f"{feature}=(self{hosts})" for feature in VIDEO_FEATURES] + ["clipboard-write=(self)"]
    return ", ".join([f"{feature}=()" for feature in DENIED_FEATURES] + allowed)


def common_headers(policy: Policy) -> dict[str, str]:
    """Return the headers every response carries, whatever its path."""
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": permissions_policy(policy),
        "Access-Control-Allow-Origin": "*",
    }
    if policy.origin.startswith("https://"):
        # Browsers come back over HTTPS only (no subdomains: other services share the domain).
        headers["Strict-Transport-Security"] = "max-age=31536000"
    return headers


def zone_headers(path: str, policy: Policy) -> dict[str, str]:
    """Return the headers that change with the path's folder: the CSP and the frame policy."""
    headers = {"Content-Security-Policy": content_security_policy(path, policy)}
    if not is_framable(path):
        headers["X-Frame-Options"] = "DENY"
    return headers


def cache_control(path: str, policy: Policy) -> str:
    """Return how long browsers and caches may keep ``path`` without asking again."""
    return IMMUTABLE if is_immutable(path) else f"public, max-age={policy.max_age}"


def headers_for(path: str, policy: Policy) -> dict[str, str]:
    """Return every header the site sends with ``path`` (its Content-Type aside)."""
    return {**common_headers(policy), **zone_headers(path, policy), "Cache-Control": cache_control(path, policy)}


def content_type(path: str) -> str | None:
    """Return the media type the server must send for ``path``, when mime.types would not give it."""
    return next((kind for pattern, kind in CONTENT_TYPES if re.search(pattern, path)), None)


def url_paths(files: list[str]) -> list[str]:
    """Return the URL paths a site of these site-relative files answers (folders for their index.html)."""
    paths = set()
    for name in files:
        paths.add("/" + name)
        if name == "index.html" or name.endswith("/index.html"):
            paths.add("/" + name.removesuffix("index.html"))
    return sorted(paths)


def partition(paths: list[str], key, folder: str = "/") -> list[tuple[str, object]]:
    """Cover ``paths`` with the fewest ``_headers`` patterns (``/folder/*`` or exact) of one ``key`` each.

    Each path's key is computed once and each folder level is grouped in one pass, so the cost is
    the paths times the folder depth (a folder of thousands of briefs stays linear).
    """
    keys: dict[str, object] = {}

    def key_of(path: str) -> object:
        if path not in keys:
            keys[path] = key(path)
        return keys[path]

    return _partition([path for path in paths if path.startswith(folder)], key_of, folder)


def _partition(inside: list[str], key_of, folder: str) -> list[tuple[str, object]]:
    """Cover ``inside`` (every path under ``folder``) as ``partition`` does."""
    found = {key_of(path) for path in inside}
    if len(found) == 1 and folder != "/":
        return [(folder + "*", found.pop())]
    rules = [(folder, key_of(folder))] if folder in inside else []
    below: dict[str, list[str]] = {}  # child name -> the paths under folder/child/
    exact: set[str] = set()  # child names that are themselves paths (files, or folders without the slash)
    for path in inside:
        if path == folder:
            continue
        child, slash, _ = path[len(folder) :].partition("/")
        if slash:
            below.setdefault(child, []).append(path)
        else:
            exact.add(child)
    for child in sorted(below.keys() | exact):
        sub = folder + child
        if child in below:
            rules += _partition(below[child], key_of, sub + "/")
        if child in exact:
            rules.append((sub, key_of(sub)))
    return rules


def render_headers_file(policy: Policy, files: list[str]) -> str:
    """Return ``_headers`` (Netlify, Cloudflare Pages): the policy, for a site of these site-relative files.

    Every matching rule adds its headers there, and a header two rules set is sent twice, so no
    two rules that match one path set the same header: ``/*`` carries the common headers, then
    the site's folders are split where the CSP changes, and immutable files are listed apart.
    Other files keep the host's own caching (revalidated on every use; the host's CDN is purged
    on each deploy).
    """
    paths = [path for path in url_paths(files) if path not in PRIVATE]
    blocks = [("/*", common_headers(policy))]
    blocks += [
        (pattern, dict(zone)) for pattern, zone in partition(paths, lambda p: tuple(zone_headers(p, policy).items()))
    ]
    blocks += [(pattern, {"Cache-Control": IMMUTABLE}) for pattern, hit in partition(paths, is_immutable) if hit]
    lines = ["# Generated by each build from hub_build/headers.py (the same policy as nginx-headers.conf).", ""]
    for pattern, headers in blocks:
        lines += [pattern, *(f"  {name}: {value}" for name, value in headers.items()), ""]
    return "\n".join(lines)
