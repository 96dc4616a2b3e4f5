"""Pelican settings for the Silih Tulungan Hub (local preview build).

Every setting lives here once; ``publishconf.py`` only overrides values for production.
"""

import os

# --- site ---
AUTHOR = "Diskominfo Jawa Barat"
SITENAME = "Silih Tulungan Jabar"
SITESUBTITLE = "Kabar baik program publik Jawa Barat, siap dibagikan ulang"
# The local preview server (`make serve`) listens here; feeds and canonical links need an
# absolute address, so the preview build uses it too.
SITEURL = os.environ.get("HUB_SITEURL", "http://127.0.0.1:8000")
RELATIVE_URLS = False
ORGANISATION = "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"
ORGANISATION_URL = SITEURL + "/tentang/"

PATH = "content"
THEME = "theme"
TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
# The reST reader warns on every build with DEFAULT_LANG = "id"; editors write Markdown only.
READERS = {"rst": None, "htm": None, "html": None}
# Summaries are plain text (used in meta descriptions, feeds and share captions), not Markdown.
FORMATTED_FIELDS = []
# `extra` only: the `smarty` typography extension made converting a body 1.4x slower (measured on
# the benchmark corpus); editors type the dashes and quotes they want.
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
    },
    "output_format": "html5",
}

# --- content layout ---
ARTICLE_PATHS = ["briefs"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
ARTICLE_EXCLUDES = ["events", "pages", "cek-fakta"]
PAGE_EXCLUDES = ["events", "briefs", "cek-fakta"]
IGNORE_FILES = [".#*", "README.md"]
DEFAULT_PAGINATION = 12


def newest_first(item):
    """Order briefs newest first; items published at the same minute by slug, the same in every build."""
    return (-item.date.timestamp(), item.slug)


ARTICLE_ORDER_BY = newest_first
# One language: no translations to find (Pelican's search for them is quadratic in the item count).
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/halaman/{number}/", "{base_name}/halaman/{number}/index.html"),
)

# --- urls (Indonesian, folder-style so each section's feeds sit beside its page) ---
ARTICLE_URL = "berita/{slug}/"
ARTICLE_SAVE_AS = "berita/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
EVENT_URL = "acara/{slug}/"
EVENT_SAVE_AS = "acara/{slug}/index.html"
CLARIFICATION_URL = "cek-fakta/{slug}/"
CLARIFICATION_SAVE_AS = "cek-fakta/{slug}/index.html"
# Drafts are never written to a public folder.
DRAFT_URL = ""
DRAFT_SAVE_AS = ""
DRAFT_PAGE_URL = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_LANG_URL = ""
DRAFT_LANG_SAVE_AS = ""
# Pelican's own taxonomy pages are replaced by the `sections` plugin (programme, region, tag).
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
ARCHIVES_URL = "arsip/"
ARCHIVES_SAVE_AS = "arsip/index.html"
DIRECT_TEMPLATES = ["index", "archives", "404", "search"]
SEARCH_URL = "cari/"
SEARCH_SAVE_AS = "cari/index.html"
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""

# --- feeds: Pelican's writer is off; the `feeds` plugin is the only feed system ---
FEED_DOMAIN = None
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
FEED_ATOM = None
FEED_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None
FEEDS_MAX_ITEMS = 30

# --- theme ---
# Autoescape everything; only the rendered (sanitised) content body is marked safe.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}

# --- sanitising (hub_model.sanitise, when items are read) ---
# Iframes in content are allowed only from these video hosts (each embed is a request to that host).
SAFE_HTML_IFRAME_HOSTS = ["www.youtube-nocookie.com", "www.youtube.com"]

# --- ledger ---
# Every published URL, committed in the content folder; `make publish` sets LEDGER_UPDATE.
LEDGER_FILE = "ledger.json"
LEDGER_UPDATE = False

# --- build cache (hub_model.cache) ---
# What earlier builds computed (read items, written pages), outside the output folder; `make clean`
# removes it. An empty HUB_CACHE_PATH environment variable turns caching off (a cold build).
HUB_CACHE_PATH = os.environ.get(
    "HUB_CACHE_PATH", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache", "hub")
)
HUB_CACHE_PATH = HUB_CACHE_PATH or None

# --- plugins ---
PLUGIN_PATHS = ["plugins"]
# Order matters: signals fire in plugin order. `validation` comes last: it reports every plugin's
# problems and stops the build.
PLUGINS = [
    "hub_model",
    "fingerprint",
    "identity",
    "events",
    "cek_fakta",
    "images",
    "news_article",
    "sections",
    "feeds",
    "calendar_feed",
    "share_kit",
    "oembed",
    "widget",
    "ledger",
    "sitemap",
    "search",
    "cms",
    "validation",
]

# --- identity (the identity bar and the footer of every page) ---
# The office is ORGANISATION; this is the government it belongs to, named in the identity bar.
IDENTITY_PARENT = "Pemerintah Daerah Provinsi Jawa Barat"
# Site-relative path of the emblem in the identity bar. The theme ships a neutral placeholder (not a
# government logo); put the office's own emblem in the theme's static folder and point here.
IDENTITY_EMBLEM = "theme/img/lambang.svg"
IDENTITY_ADDRESS = "Jalan Tamansari No. 55, Bandung 40132, Jawa Barat"
# Placeholders until the office confirms its public numbers: replace before publishing.
IDENTITY_PHONE = "+62 22 0000 0000"
IDENTITY_WHATSAPP = "+62 811 0000 0000"
IDENTITY_EMAIL = "humas@silihtulungan.example.org"
IDENTITY_HOURS = "Senin–Jumat, 08.00–16.00 WIB"
# The office's accounts, shown as plain links (no third-party script or embed); check each before publishing.
IDENTITY_SOCIAL = {
    "Instagram": "https://www.instagram.com/diskominfojabar/",
    "YouTube": "https://www.youtube.com/@diskominfojabar",
    "X": "https://x.com/diskominfojabar",
    "Facebook": "https://www.facebook.com/diskominfojabar",
}
IDENTITY_COPYRIGHT_SINCE = 2026

# --- content model (hub_model) ---
# Visibility is decided against this instant; pin it (ISO 8601) for reproducible builds.
HUB_NOW = os.environ.get("HUB_NOW") or None
# `make preview` sets this: drafts and embargoed items are shown (bannered, noindex) in preview/.
HUB_PREVIEW = False
# Programmes: slug -> Indonesian display name. Editors write the slug in `Program:`.
HUB_PROGRAMS = {
    "pemulihan-ekonomi": "Pemulihan Ekonomi",
    "kesehatan": "Kesehatan",
    "pendidikan": "Pendidikan",
    "desa-membangun": "Desa Membangun",
    "literasi-digital": "Literasi Digital",
}
# What each programme is about, in a line or two: shown under the heading of its page (optional per slug).
HUB_PROGRAM_DESCRIPTIONS = {
    "pemulihan-ekonomi": "Pelatihan, pendampingan dan akses pasar bagi UMKM, koperasi dan petani agar usaha warga "
    "tumbuh kembali.",
    "kesehatan": "Layanan puskesmas, posyandu dan imunisasi yang makin dekat dengan warga, dari kota sampai kampung "
    "terpencil.",
    "pendidikan": "Beasiswa, perpustakaan keliling dan kegiatan sekolah yang membuka kesempatan belajar bagi anak "
    "dan pemuda Jawa Barat.",
    "desa-membangun": "Air bersih, BUMDes dan desa wisata: desa yang membangun dirinya sendiri bersama warganya.",
    "literasi-digital": "Cek fakta, keamanan digital dan kelas kreator agar warga cakap dan aman di internet.",
}
# West Java's 18 regencies and 9 cities, plus the whole province. Editors write slugs in `Regions:`.
HUB_REGIONS = {
    "jawa-barat": "Seluruh Jawa Barat",
    "kabupaten-bandung": "Kabupaten Bandung",
    "kabupaten-bandung-barat": "Kabupaten Bandung Barat",
    "kabupaten-bekasi": "Kabupaten Bekasi",
    "kabupaten-bogor": "Kabupaten Bogor",
    "kabupaten-ciamis": "Kabupaten Ciamis",
    "kabupaten-cianjur": "Kabupaten Cianjur",
    "kabupaten-cirebon": "Kabupaten Cirebon",
    "kabupaten-garut": "Kabupaten Garut",
    "kabupaten-indramayu": "Kabupaten Indramayu",
    "kabupaten-karawang": "Kabupaten Karawang",
    "kabupaten-kuningan": "Kabupaten Kuningan",
    "kabupaten-majalengka": "Kabupaten Majalengka",
    "kabupaten-pangandaran": "Kabupaten Pangandaran",
    "kabupaten-purwakarta": "Kabupaten Purwakarta",
    "kabupaten-subang": "Kabupaten Subang",
    "kabupaten-sukabumi": "Kabupaten Sukabumi",
    "kabupaten-sumedang": "Kabupaten Sumedang",
    "kabupaten-tasikmalaya": "Kabupaten Tasikmalaya",
    "kota-bandung": "Kota Bandung",
    "kota-banjar": "Kota Banjar",
    "kota-bekasi": "Kota Bekasi",
    "kota-bogor": "Kota Bogor",
    "kota-cimahi": "Kota Cimahi",
    "kota-cirebon": "Kota Cirebon",
    "kota-depok": "Kota Depok",
    "kota-sukabumi": "Kota Sukabumi",
    "kota-tasikmalaya": "Kota Tasikmalaya",
}

# --- sections (programme, region, tag and events listing pages) ---
PROGRAM_URL = "program/{slug}/"
REGION_URL = "wilayah/{slug}/"
TAG_URL = "topik/{slug}/"
EVENTS_INDEX_URL = "acara/"
BRIEFS_INDEX_URL = "berita/"
SECTIONS_HOME_BRIEFS = 6
# "Berita terkait" under each brief: listed briefs of the same programme, then the same regions (0 = off).
SECTIONS_RELATED_COUNT = 3
# No template is paginated by Pelican: the sections plugin writes each listing page itself
# (DEFAULT_PAGINATION briefs a page), so each page is its own output.
PAGINATED_TEMPLATES = {}

# --- events ---
EVENTS_PATHS = ["events"]
EVENTS_HOME_COUNT = 3
# The agenda of one programme or region (each with its own calendar file beside it).
EVENTS_PROGRAM_URL = "acara/program/{slug}/"
EVENTS_REGION_URL = "acara/wilayah/{slug}/"

# --- cek_fakta (hoax clarifications) ---
CEKFAKTA_PATHS = ["cek-fakta"]
# The listing of every clarification (with its feeds), one listing per verdict, and the page that
# explains each verdict and the rating scale.
CEKFAKTA_INDEX_URL = "cek-fakta/"
CEKFAKTA_VERDICT_URL = "cek-fakta/penilaian/{slug}/"
CEKFAKTA_VERDICTS_URL = "cek-fakta/penilaian/"
CEKFAKTA_HOME_COUNT = 3

# --- calendar_feed ---
# Subscription calendars (iCalendar) are written as this file in the agenda's folders.
CALENDAR_FEED_FILENAME = "kalender.ics"
CALENDAR_FEED_PRODID = "-//Diskominfo Jawa Barat//Silih Tulungan Hub//ID"
# How often calendar apps should fetch the subscription again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
CALENDAR_FEED_REFRESH_HOURS = 12

# --- feeds (licence, campaign tags, WebSub) ---
# The licence every feed states (Atom rights + rel="license", RSS copyright + creativeCommons:license,
# JSON Feed "_silihtulungan"); each item also ends with a "Sumber: <title> — <site>" line.
FEEDS_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
FEEDS_LICENSE_NAME = "CC BY 4.0"
# Query parameters added to item links in feeds only (never to canonical URLs or IDs), e.g.
# {"utm_source": "feed", "utm_medium": "syndication"}; empty = off.
FEEDS_CAMPAIGN_PARAMS = {}
# WebSub hub every feed advertises (rel="hub") and `make publish` pings about the feeds that changed,
# e.g. "https://pubsubhubbub.appspot.com/" (env var FEEDS_WEBSUB_HUB); None = off.
FEEDS_WEBSUB_HUB = os.environ.get("FEEDS_WEBSUB_HUB") or None

# --- sections (programme × region) ---
# One listing page and feeds per programme in each region that has briefs.
SECTIONS_PROGRAM_REGION_URL = "program/{program}/wilayah/{region}/"

# --- images (renditions of every picture items use, and generated share cards) ---
# Widths of the renditions (never wider than the source) and their formats, best first; JPEG, the
# fallback every reader can show, last (AVIF is left out where Pillow cannot write it).
IMAGES_WIDTHS = (480, 960, 1600)
IMAGES_FORMATS = ("avif", "webp", "jpeg")
# An item's `Image:` must be at least this wide; a source larger than IMAGES_WARN_BYTES is a warning.
IMAGES_MIN_WIDTH = 800
IMAGES_WARN_BYTES = 5 * 1024 * 1024
# Where renditions and share cards are written (named by what they are made of, so they never go stale).
IMAGES_RENDITION_PATH = "gambar/{digest}/{name}-{width}.{ext}"
IMAGES_CARD_PATH = "kartu/{uid}/{name}-{digest}.jpg"
# The cards' font (in the theme, OFL: theme/fonts/OFL.md).
IMAGES_FONT_BOLD = "fonts/SourceSans3-Bold.ttf"
IMAGES_FONT_REGULAR = "fonts/SourceSans3-Regular.ttf"

# --- share_kit ---
# Reads SITEURL, SITENAME and the feeds' licence (FEEDS_LICENSE_NAME, FEEDS_LICENSE_URL); no settings of its own.

# --- oembed ---
# Each listed brief's compact card page (framed by oEmbed consumers) and its oembed.json; keyed by the
# permanent Uid so an embed keeps working after a slug change.
OEMBED_CARD_URL = "embed/kartu/{uid}/"
OEMBED_WIDTH = 480
# How long consumers may cache a response (seconds).
OEMBED_CACHE_AGE = 86400

# --- widget ---
# The "Untuk Blogger & Kreator" page: every feed, how to subscribe, the licence, the embed code generator.
WIDGET_PAGE_URL = "untuk-blogger/"
# (feeds) The how-to-subscribe page every feed names for people who open it in a browser, and every
# page offering a feed links to: this page's section on subscribing.
FEEDS_HELP_URL = WIDGET_PAGE_URL + "#cara-langganan"
# Briefs in the generator's default snippet (1-10), and in each prebuilt iframe list.
WIDGET_ITEM_COUNT = 5
WIDGET_IFRAME_ITEMS = 10

# --- sitemap ---
# Generated pages outside the content and section lists that search engines should see.
SITEMAP_EXTRA_URLS = [WIDGET_PAGE_URL]

# --- search ---
# Build a Pagefind index of listed briefs and events after every build (search page at SEARCH_URL).
SEARCH_ENABLED = True
# Items per search-index shard: Pagefind needs ~200 KiB of memory an item; each shard is a bundle.
SEARCH_SHARD_SIZE = 1500

# --- cms (the editors' form at /admin/, Decap CMS; see README "Editing in the browser") ---
CMS_ENABLED = True
# Where Decap CMS saves: the office's own Git host (Gitea here; GitHub and GitLab work the same way,
# see README). Placeholders: replace with the real repository and host before publishing /admin/.
CMS_GITEA_HOST = os.environ.get("HUB_CMS_GIT_HOST", "https://git.example.go.id")
CMS_BACKEND = {
    "name": "gitea",
    "repo": os.environ.get("HUB_CMS_REPO", "diskominfo/silih-tulungan-hub"),
    "branch": "main",
    "base_url": CMS_GITEA_HOST,
    "api_root": CMS_GITEA_HOST + "/api/v1",
    "app_id": os.environ.get("HUB_CMS_APP_ID", ""),
}
# Editing on this machine: `make cms` runs the local backend here (127.0.0.1 only); Decap uses it when
# /admin/ is opened from 127.0.0.1 or localhost and falls back to CMS_BACKEND elsewhere.
CMS_LOCAL_BACKEND_PORT = 8081
CMS_LOCAL_BACKEND_URL = f"http://127.0.0.1:{CMS_LOCAL_BACKEND_PORT}/api/v1"
# Drafts as pull requests that a second person approves before they are merged (see README).
CMS_EDITORIAL_WORKFLOW = False

# --- response headers and precompression (hub_build.headers, hub_build.compress) ---
# Each build writes its response headers as /_headers (Netlify, Cloudflare Pages) and
# /nginx-headers.conf (deploy/nginx/hub.conf includes it) from one policy: CSP, framing, CORS, caching.
# Extra CSP sources below a path prefix: Pagefind compiles WebAssembly on the search page and in its
# worker (script files under /pagefind/), and its stylesheet draws the search icon as a data: image.
HEADERS_CSP_EXCEPTIONS = {
    "/" + SEARCH_URL: {"script-src": ["'wasm-unsafe-eval'"], "img-src": ["data:"]},
    "/pagefind/": {"script-src": ["'wasm-unsafe-eval'"]},
    # The CMS checks its configuration with ajv, which compiles validators with new Function
    # ('unsafe-eval'); it is a React app that sets inline styles, and shows uploads as blob:/data:
    # images before they are saved (reading them back from blob: to upload); it talks to the local
    # backend (make cms) and the Git host's API, no other host.
    "/admin/": {
        "script-src": ["'unsafe-eval'"],
        "style-src": ["'unsafe-inline'"],
        "img-src": ["blob:", "data:"],
        "connect-src": ["blob:", f"http://127.0.0.1:{CMS_LOCAL_BACKEND_PORT}", CMS_GITEA_HOST],
    },
}
# How long browsers and caches keep pages, feeds and calendars before asking again (seconds);
# fingerprinted files (theme/hashed/, Pagefind's fragments) are kept for a year.
HEADERS_MAX_AGE = 300
# Write .br and .gz beside every text file (publishconf.py turns it on: `make publish`).
HUB_PRECOMPRESS = False
