"""The content schema: every field of every kind of item, declared once (pure).

A field has its label as editors write it, its type (a parser in ``fields``), whether it is
required (always, or when another field says so), whether it may continue over several lines,
its limits, its help text and example in Indonesian, and what the scaffold writes for it. The
reader, ``make check``, the build, the scaffold, the editors' guide (``content/README.md``) and any
editing form are all made from these declarations, so they can never disagree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from hub_model import fields as f

SUMMARY_MAX = 300
SHARE_TEXT_MAX = 280
TITLE_MAX = 150
SLUG_MAX = 80
ALT_MAX = 250
CREDIT_MAX = 120
# Controlled values (as written) with their Indonesian labels.
STATUSES = {"published": "Terbit", "draft": "Draf", "withdrawn": "Ditarik"}
ATTENDANCE = {"offline": "Tatap muka", "online": "Daring", "mixed": "Tatap muka dan daring"}
EVENT_STATUSES = {
    "scheduled": "Terjadwal",
    "postponed": "Ditunda",
    "rescheduled": "Dijadwalkan ulang",
    "cancelled": "Dibatalkan",
}
# Where a hoax circulated (Claim_Platforms).
PLATFORMS = {
    "whatsapp": "WhatsApp",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "x": "X (Twitter)",
    "youtube": "YouTube",
    "telegram": "Telegram",
    "situs-web": "Situs web",
    "lainnya": "Lainnya",
}
CLAIM_MAX = 500


@dataclass(frozen=True)
class Verdict:
    """A clarification's verdict: its label, its place on the rating scale, and what it means."""

    label: str  # shown on badges and in feed titles: "Hoaks"
    rating: int  # RATING_WORST (false) … RATING_BEST (true); schema.org ClaimReview ratingValue
    explanation: str  # Indonesian, on the verdicts page and in the editors' guide


RATING_WORST, RATING_BEST = 1, 4
# What each rating means (the scale the verdicts page and the editors' guide explain).
RATINGS = {1: "Salah", 2: "Menyesatkan", 3: "Sebagian benar", 4: "Benar"}
VERDICTS = {
    "hoaks": Verdict(
        "Hoaks", 1, "Informasi palsu yang dibuat seolah-olah benar, misalnya tautan pendaftaran bantuan palsu."
    ),
    "disinformasi": Verdict(
        "Disinformasi",
        1,
        "Informasi salah yang sengaja disebarkan untuk menipu atau merugikan, sering memakai nama atau logo "
        "lembaga resmi.",
    ),
    "misinformasi": Verdict(
        "Misinformasi",
        1,
        "Informasi salah yang tersebar tanpa niat menipu, misalnya angka lama atau salah paham yang diteruskan.",
    ),
    "menyesatkan": Verdict(
        "Menyesatkan",
        2,
        "Berisi fakta, tetapi dipotong, diberi konteks yang salah atau judul yang tidak sesuai, sehingga "
        "menimbulkan kesimpulan keliru.",
    ),
    "satire": Verdict(
        "Satire",
        2,
        "Sindiran atau parodi yang tidak dimaksudkan sebagai fakta, tetapi beredar seolah-olah berita sungguhan.",
    ),
    "benar-sebagian": Verdict("Benar sebagian", 3, "Sebagian klaim benar, sebagian lain salah atau tidak lengkap."),
    "benar": Verdict("Benar", 4, "Klaim yang beredar sesuai fakta dan dapat dipercaya."),
}


@dataclass(frozen=True)
class When:
    """A condition under which a field is required, as data: how the guide says it, the field it depends on."""

    text: str  # Indonesian: "bila Image diisi"
    anchor: str  # key of the field it depends on (and whose line a problem points at)
    any_of: tuple[str, ...] = ()  # values of that field that make this one required; empty: any value
    default: str | None = None  # the value that field has when it is not written

    def applies(self, values: dict) -> bool:
        """Tell whether the condition holds for an item's parsed values."""
        if not self.any_of:
            return self.anchor in values
        return values.get(self.anchor, self.default) in self.any_of


@dataclass(frozen=True)
class Field:
    """One header field."""

    label: str  # as written: "Share_Text"
    type: str  # key of TYPES
    help: str  # what to write, in Indonesian (editors' guide, form hints)
    required: bool = False
    required_when: When | None = None
    multiline: bool = False  # may continue on indented lines
    max_length: int | None = None
    choices: dict[str, str] = field(default_factory=dict)  # value -> Indonesian label
    example: str = ""  # a value for the guide's examples
    scaffold: str | None = None  # what `make brief`/`make event` writes; None: the line is left out
    placeholder: bool = False  # the scaffold's text must be replaced before the item is published

    @functools.cached_property
    def key(self) -> str:
        """Return the lower-case key the schema, Pelican and templates use (one string, however many items)."""
        return self.label.lower()

    def parse(self, lines: tuple[str, ...], ctx: f.ParseContext):
        """Return the typed value of what the editor wrote, or raise ``fields.Invalid``."""
        parser = TYPES[self.type]
        if self.type in ("text", "slug"):
            return parser(lines, ctx, self.max_length)
        if self.type == "choice":
            return f.choice(tuple(self.choices))(lines, ctx)
        if self.type == "choices":
            return f.choices(tuple(self.choices))(lines, ctx)
        return parser(lines, ctx)


TYPES: dict[str, Callable] = {
    "text": f.parse_text,
    "slug": f.parse_slug,
    "choice": f.choice,
    "choices": f.choices,
    "datetime": f.parse_moment,
    "uid": f.parse_uid,
    "program": f.parse_program,
    "regions": f.parse_regions,
    "list": f.parse_list,
    "hashtags": f.parse_hashtags,
    "image": f.parse_image,
    "url": f.parse_url,
    "timezone": f.parse_timezone,
    "geo": f.parse_geo,
    "count": f.parse_count,
    "speakers": f.parse_speakers,
    "paths": f.parse_paths,
    "urls": f.parse_urls,
    "sources": f.parse_sources,
    "uids": f.parse_uids,
}


def _has(key: str, text: str) -> When:
    return When(text, key)


def _status_is(status: str) -> When:
    return When(f"bila Status: {status}", "status", (status,))


def _attendance_in(text: str, *modes: str) -> When:
    return When(text, "attendance", modes, "offline")


TITLE = Field(
    "Title",
    "text",
    "Judul, dalam bahasa Indonesia, satu baris.",
    required=True,
    max_length=TITLE_MAX,
    example="Ribuan UMKM Garut Naik Kelas Lewat Pelatihan Pemasaran Daring",
    scaffold="{title}",
)
SLUG = Field(
    "Slug",
    "slug",
    "Nama alamat (huruf kecil, angka, tanda hubung). Bila kosong, dibuat dari judul.",
    max_length=SLUG_MAX,
    example="umkm-garut-naik-kelas",
    scaffold="{slug}",
)
SUMMARY_TEXT = "Satu atau dua kalimat ringkasan (paling banyak 300 karakter)."
STATUS = Field(
    "Status",
    "choice",
    "`published` (terbit, bawaan), `draft` (tidak tampil di mana pun) atau `withdrawn` (ditarik: halaman tetap "
    "ada dengan pemberitahuan, keluar dari semua daftar dan feed; isi Withdrawn_Reason).",
    choices=STATUSES,
    example="published",
    scaffold="draft",
)
WITHDRAWN_REASON = Field(
    "Withdrawn_Reason",
    "text",
    "Alasan penarikan, ditampilkan di halaman.",
    required_when=_status_is("withdrawn"),
    multiline=True,
)
EXPIRES = Field(
    "Expires",
    "datetime",
    "Setelah tanggal dan jam ini item keluar dari daftar dan feed; halamannya tetap ada dengan pemberitahuan.",
    example="2026-12-31 23:59",
)
MODIFIED = Field(
    "Modified", "datetime", "Tanggal pembaruan penting terakhir, format seperti Date.", example="2026-11-21 14:30"
)
REDIRECT_FROM = Field(
    "Redirect_From",
    "paths",
    "Alamat lama item ini, dipisah koma (/berita/judul-lama/). Wajib bila Slug atau judul item yang sudah "
    "terbit diubah: build menolak menghilangkan alamat yang pernah terbit dan membuat pengalihan dari alamat lama.",
    multiline=True,
    example="/berita/judul-lama/",
)

SHAREABLE = (
    TITLE,
    Field(
        "Uid",
        "uid",
        "Pengenal tetap item (UUID, huruf kecil). ID feed dan UID kalender diambil dari sini, jadi pelanggan "
        "tidak pernah melihat duplikat. Jangan diubah atau dipakai ulang; `make brief`, `make event` dan "
        "`make cekfakta` membuatnya.",
        required=True,
        example="6f1d3c9e-2b7a-4c55-9a1e-0d3b8f2a7c41",
        scaffold="{uid}",
    ),
    Field(
        "Date",
        "datetime",
        "Tanggal dan jam terbit, WIB: 2026-11-20 09:00. Tanggal di masa depan adalah embargo: item tidak "
        "tampil di mana pun sampai build berjalan setelah waktu itu.",
        required=True,
        example="2026-11-20 09:00",
        scaffold="{now}",
    ),
    MODIFIED,
    SLUG,
    Field(
        "Program",
        "program",
        "Satu slug program (lihat daftar program di bawah).",
        required=True,
        example="pemulihan-ekonomi",
        scaffold="pemulihan-ekonomi",
    ),
    Field(
        "Regions",
        "regions",
        "Satu atau lebih slug wilayah, dipisah koma (lihat daftar wilayah di bawah); "
        "jawa-barat untuk seluruh provinsi.",
        required=True,
        multiline=True,
        example="kabupaten-garut, kabupaten-tasikmalaya",
        scaffold="jawa-barat",
    ),
    Field("Tags", "list", "Topik bebas, dipisah koma.", multiline=True, example="UMKM, pelatihan", scaffold=""),
    Field(
        "Summary",
        "text",
        "Satu atau dua kalimat biasa (paling banyak 300 karakter): dipakai di daftar, feed dan pratinjau tautan.",
        required=True,
        multiline=True,
        max_length=SUMMARY_MAX,
        example="Seribu dua ratus pelaku UMKM di Garut dan Tasikmalaya ikut pelatihan pemasaran daring gratis.",
        scaffold=SUMMARY_TEXT,
        placeholder=True,
    ),
    Field(
        "Image",
        "image",
        "Path gambar di folder content/images/ (JPEG, PNG, WebP, AVIF atau GIF).",
        example="images/briefs/umkm-garut.jpg",
        scaffold="",
    ),
    Field(
        "Image_Alt",
        "text",
        "Apa yang tampak di gambar, untuk pembaca tunanetra dan koneksi lambat.",
        required_when=_has("image", "bila Image diisi"),
        multiline=True,
        max_length=ALT_MAX,
        example="Perajin kulit Garut memotret produknya dengan ponsel",
        scaffold="",
    ),
    Field(
        "Image_Credit",
        "text",
        "Siapa pembuat atau pemilik foto, ditampilkan di keterangan gambar, feed dan cuplikan terbit ulang "
        '("Foto: …"). Bila kosong: nama situs.',
        max_length=CREDIT_MAX,
        example="Humas Pemkab Garut",
        scaffold="",
    ),
    Field(
        "Hashtags",
        "hashtags",
        "Tagar dipisah koma, masing-masing diawali #.",
        multiline=True,
        example="#JabarBangkit, #UMKMNaikKelas",
        scaffold="#JabarJuara, #SilihTulungan",
    ),
    Field(
        "Share_Text",
        "text",
        "Kalimat siap bagikan untuk media sosial (paling banyak 280 karakter).",
        multiline=True,
        max_length=SHARE_TEXT_MAX,
        example="1.200 UMKM Garut & Tasikmalaya belajar jualan online gratis. Yuk dukung produk lokal!",
        scaffold="Kalimat siap bagikan untuk media sosial (paling banyak 280 karakter).",
        placeholder=True,
    ),
    STATUS,
    WITHDRAWN_REASON,
    EXPIRES,
    REDIRECT_FROM,
)

EVENT_ONLY = (
    Field(
        "Start",
        "datetime",
        "Mulai: 2026-12-03 09:00; tanggal saja (2026-12-03) berarti acara sehari penuh.",
        required=True,
        example="2026-12-03 09:00",
        scaffold="{start}",
    ),
    Field(
        "End",
        "datetime",
        "Selesai (atau hari terakhir acara sehari penuh); tidak sebelum Start.",
        example="2026-12-03 12:00",
        scaffold="{end}",
    ),
    Field(
        "Timezone",
        "timezone",
        "Nama zona IANA, bawaan Asia/Jakarta (WIB).",
        example="Asia/Jakarta",
        scaffold="Asia/Jakarta",
    ),
    Field(
        "Attendance",
        "choice",
        "`offline` (tatap muka, bawaan), `online` (daring) atau `mixed` (keduanya).",
        choices=ATTENDANCE,
        example="offline",
        scaffold="offline",
    ),
    Field(
        "Venue",
        "text",
        "Nama tempat, satu baris.",
        required_when=_attendance_in("bila acara tatap muka (offline/mixed)", "offline", "mixed"),
        example="Hotel Savoy Homan",
        scaffold="Belum ditentukan",
        placeholder=True,
    ),
    Field(
        "Address",
        "text",
        "Alamat jalan tempat acara.",
        multiline=True,
        example="Jalan Asia Afrika No. 112, Bandung",
        scaffold="",
    ),
    Field(
        "Geo", "geo", "Koordinat lintang, bujur, misalnya -6.9219, 107.6094.", example="-6.9219, 107.6094", scaffold=""
    ),
    Field(
        "Online_Url",
        "url",
        "Tautan siaran atau rapat daring.",
        required_when=_attendance_in("bila acara daring (online/mixed)", "online", "mixed"),
        example="https://siaran.example.org/acara",
        scaffold="",
    ),
    Field(
        "Registration_Url",
        "url",
        "Tautan formulir pendaftaran.",
        example="https://daftar.example.org/acara",
        scaffold="",
    ),
    Field(
        "Registration_Deadline",
        "datetime",
        "Batas akhir pendaftaran; tidak setelah Start.",
        example="2026-12-01 23:59",
        scaffold="",
    ),
    Field("Capacity", "count", "Jumlah kursi.", example="50", scaffold=""),
    Field(
        "Speakers",
        "speakers",
        "Satu pembicara per baris: `Nama atau jabatan | Peran`; baris berikutnya diawali spasi.",
        multiline=True,
        example="Dosen Ilmu Komunikasi | Narasumber",
        scaffold="Jabatan atau peran pembicara | Narasumber",
        placeholder=True,
    ),
    Field(
        "Organiser",
        "text",
        "Penyelenggara; bawaan: dinas komunikasi.",
        example="Dinas Komunikasi dan Informatika Provinsi Jawa Barat",
        scaffold="Dinas Komunikasi dan Informatika Provinsi Jawa Barat",
    ),
    Field(
        "Event_Status",
        "choice",
        "`scheduled` (terjadwal, bawaan), `postponed` (ditunda), `rescheduled` (dijadwal ulang) atau `cancelled` "
        "(dibatalkan: acara tetap tampil dengan statusnya).",
        choices=EVENT_STATUSES,
        example="scheduled",
        scaffold="scheduled",
    ),
)

CLAIM_ONLY = (
    Field(
        "Verdict",
        "choice",
        "Penilaian atas klaim (penjelasan tiap penilaian ada di bawah dan di halaman /cek-fakta/penilaian/).",
        required=True,
        choices={value: verdict.label for value, verdict in VERDICTS.items()},
        example="hoaks",
        scaffold="hoaks",
    ),
    Field(
        "Claim",
        "text",
        f"Klaim persis seperti yang beredar (paling banyak {CLAIM_MAX} karakter). Ditampilkan sebagai kutipan, "
        "tidak pernah sebagai tautan.",
        required=True,
        multiline=True,
        max_length=CLAIM_MAX,
        example="Daftar bansos tunai Rp2,5 juta lewat tautan bantuan-jabar.example, paling lambat hari ini.",
        scaffold="Tulis klaim persis seperti yang beredar.",
        placeholder=True,
    ),
    Field(
        "Claim_Platforms",
        "choices",
        "Tempat klaim beredar, satu atau lebih, dipisah koma.",
        required=True,
        multiline=True,
        choices=PLATFORMS,
        example="whatsapp, facebook",
        scaffold="whatsapp",
    ),
    Field(
        "Claim_First_Seen",
        "datetime",
        "Kapan klaim pertama kali terlihat beredar (tanggal, boleh dengan jam); tidak setelah Date.",
        required=True,
        example="2026-11-18",
        scaffold="{today}",
    ),
    Field(
        "Claim_Links",
        "urls",
        "Alamat tempat klaim muncul, satu per baris (baris berikutnya diawali spasi). Hanya dicatat sebagai "
        "teks, tidak pernah ditautkan, karena mengarah ke hoaks.",
        multiline=True,
        example="https://bantuan-jabar.example/daftar",
        scaffold="",
    ),
    Field(
        "Evidence",
        "sources",
        "Sumber pemeriksaan, paling sedikit satu, satu per baris: `Judul sumber | https://alamat`; baris "
        "berikutnya diawali spasi.",
        required=True,
        multiline=True,
        example="Pengumuman resmi penyaluran bansos | https://jabarprov.go.id/berita/bansos",
        scaffold="Judul sumber resmi | https://jabarprov.go.id/",
        placeholder=True,
    ),
    Field(
        "Related",
        "uids",
        "Uid berita atau acara yang terkait, dipisah koma; halaman keduanya saling menautkan.",
        multiline=True,
        example="18b1b7b4-430b-4d00-9e8d-33e60e5fc3b9",
        scaffold="",
    ),
)

PAGE = (
    TITLE,
    SLUG,
    Field("Summary", "text", "Satu atau dua kalimat ringkasan.", multiline=True, max_length=SUMMARY_MAX),
    MODIFIED,
    STATUS,
    WITHDRAWN_REASON,
    EXPIRES,
    REDIRECT_FROM,
)


@dataclass(frozen=True)
class Kind:
    """A kind of item: where its files live, its fields in the order the scaffold writes them."""

    name: str  # "brief", "event", "clarification", "page"
    folder: str  # top-level folder in content/
    label: str  # Indonesian name for the guide
    fields: tuple[Field, ...]
    body_scaffold: str = ""
    by_key: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "by_key", {spec.key: spec for spec in self.fields})


BODY_PLACEHOLDER = "Tulis isi di sini dengan Markdown."
KINDS: dict[str, Kind] = {
    "brief": Kind("brief", "briefs", "Berita", SHAREABLE, BODY_PLACEHOLDER),
    "event": Kind("event", "events", "Acara", SHAREABLE + EVENT_ONLY, BODY_PLACEHOLDER),
    "clarification": Kind("clarification", "cek-fakta", "Cek Fakta", SHAREABLE + CLAIM_ONLY, BODY_PLACEHOLDER),
    "page": Kind("page", "pages", "Halaman", PAGE),
}
KIND_BY_FOLDER = {kind.folder: kind for kind in KINDS.values()}
# Every field key of every kind, with its label (to recognise field-like lines in bodies).
ALL_LABELS = {spec.key: spec.label for kind in KINDS.values() for spec in kind.fields}
MULTILINE = {kind.name: frozenset(spec.key for spec in kind.fields if spec.multiline) for kind in KINDS.values()}


def kind_of(source_path: str) -> Kind | None:
    """Return the kind of item for a path relative to the content folder, or None."""
    top = source_path.replace("\\", "/").split("/", 1)[0]
    return KIND_BY_FOLDER.get(top)


# What an editing form calls each field, in Indonesian (the CMS at /admin/); a field missing here
# is shown by its label as written. The help texts above are the form's hints.
FORM_LABELS = {
    "title": "Judul",
    "uid": "Pengenal tetap",
    "date": "Tanggal terbit (WIB)",
    "modified": "Tanggal pembaruan (WIB)",
    "slug": "Nama alamat",
    "program": "Program",
    "regions": "Wilayah",
    "tags": "Topik",
    "summary": "Ringkasan",
    "image": "Gambar",
    "image_alt": "Teks alternatif gambar",
    "hashtags": "Tagar",
    "share_text": "Kalimat siap bagikan",
    "status": "Status",
    "withdrawn_reason": "Alasan penarikan",
    "expires": "Berlaku sampai (WIB)",
    "redirect_from": "Alamat lama",
    "start": "Mulai",
    "end": "Selesai",
    "timezone": "Zona waktu",
    "attendance": "Cara hadir",
    "venue": "Tempat",
    "address": "Alamat tempat",
    "geo": "Koordinat",
    "online_url": "Tautan daring",
    "registration_url": "Tautan pendaftaran",
    "registration_deadline": "Batas pendaftaran",
    "capacity": "Kapasitas",
    "speakers": "Pembicara",
    "organiser": "Penyelenggara",
    "event_status": "Status acara",
    "verdict": "Penilaian",
    "claim": "Klaim",
    "claim_platforms": "Tempat klaim beredar",
    "claim_first_seen": "Klaim pertama terlihat",
    "claim_links": "Alamat klaim",
    "evidence": "Sumber pemeriksaan",
    "related": "Item terkait (Uid)",
}
# The parts of one line of a two-part field type, in the order they are written (``a | b``).
FORM_PARTS = {
    "speakers": (("name", "Nama atau jabatan"), ("role", "Peran")),
    "sources": (("title", "Judul sumber"), ("url", "Alamat sumber (https://…)")),
}
BODY_LABEL = "Isi"
